using FiloDiretto.Accounts;
using FiloDiretto.Data;
using FiloDiretto.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FiloDiretto.Messaging;

/// <summary>A supervisor words a message for the office; refused with the reason when it breaks a <see cref="TemplateRules"/> rule.</summary>
public sealed class SaveTemplate(IDbContextFactory<AppDbContext> contexts, WriteGate gate, IOptions<MessagingOptions> options, TimeProvider clock)
{
    public async Task<Validation> SaveAsync(Actor actor, MessageEvent what, MessageChannel channel, TemplateText text, CancellationToken ct)
    {
        using var turn = await gate.EnterAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var office = await OfficeContact.ReadAsync(db, actor.OfficeId, options.Value.OfficePhone, ct);
        var validation = TemplateRules.Check(channel, text, MessageFacts.Sample(office.Name, office.Phone));
        if (!validation.IsValid)
        {
            return validation;
        }

        var template = await db.MessageTemplates.SingleOrDefaultAsync(t => t.OfficeId == actor.OfficeId && t.Event == what && t.Channel == channel, ct);
        if (template is null)
        {
            template = new MessageTemplate { OfficeId = actor.OfficeId, Event = what, Channel = channel, Body = "", UpdatedBy = "" };
            db.MessageTemplates.Add(template);
        }

        template.Subject = channel == MessageChannel.Email ? text.Subject!.Trim() : null;
        template.Body = text.Body.Trim();
        template.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        template.UpdatedBy = actor.Name;
        await db.SaveChangesAsync(ct);
        return validation;
    }
}
