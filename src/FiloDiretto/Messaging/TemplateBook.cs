using FiloDiretto.Data;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Messaging;

/// <summary>The template an office uses for a message: its own wording if the supervisor saved one, else the default.</summary>
public static class TemplateBook
{
    public static async Task<TemplateText> ReadAsync(AppDbContext db, int officeId, MessageEvent what, MessageChannel channel, CancellationToken ct)
    {
        var own = await db.MessageTemplates.AsNoTracking()
            .Where(t => t.OfficeId == officeId && t.Event == what && t.Channel == channel)
            .Select(t => new TemplateText(t.Subject, t.Body))
            .SingleOrDefaultAsync(ct);
        return own ?? DefaultTemplates.For(what, channel);
    }
}
