using FiloDiretto.Accounts;
using FiloDiretto.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FiloDiretto.Messaging;

/// <summary>One template as the editor shows it.</summary>
/// <param name="Custom">The office saved its own wording (else it is the default).</param>
public sealed record TemplateEntry(MessageEvent Event, MessageChannel Channel, TemplateText Text, bool Custom, DateTime? UpdatedAt, string? UpdatedBy);

/// <summary>Every template of the supervisor's office, and the office's name and phone for the preview.</summary>
public sealed record TemplateSheet(IReadOnlyList<TemplateEntry> Templates, OfficeContact Office);

public sealed class ReadTemplates(IDbContextFactory<AppDbContext> contexts, IOptions<MessagingOptions> options)
{
    public async Task<TemplateSheet> ReadAsync(Actor actor, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var own = await db.MessageTemplates.AsNoTracking().Where(t => t.OfficeId == actor.OfficeId).ToListAsync(ct);
        var entries = new List<TemplateEntry>();
        foreach (var what in Enum.GetValues<MessageEvent>())
        {
            foreach (var channel in Enum.GetValues<MessageChannel>())
            {
                var saved = own.SingleOrDefault(t => t.Event == what && t.Channel == channel);
                entries.Add(saved is null
                    ? new TemplateEntry(what, channel, DefaultTemplates.For(what, channel), false, null, null)
                    : new TemplateEntry(what, channel, new TemplateText(saved.Subject, saved.Body), true, saved.UpdatedAt, saved.UpdatedBy));
            }
        }

        return new TemplateSheet(entries, await OfficeContact.ReadAsync(db, actor.OfficeId, options.Value.OfficePhone, ct));
    }
}
