using FiloDiretto.Data;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Messaging;

/// <summary>An office's own wording of a message, replacing the default of <see cref="DefaultTemplates"/>.</summary>
public sealed class MessageTemplate
{
    public int Id { get; set; }
    public int OfficeId { get; set; }
    public MessageEvent Event { get; set; }
    public MessageChannel Channel { get; set; }

    /// <summary>E-mail only.</summary>
    public string? Subject { get; set; }

    public required string Body { get; set; }
    public DateTime UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}

public static class MessagingModel
{
    public static void ConfigureMessaging(this ModelBuilder builder)
    {
        builder.Entity<Message>(m =>
        {
            m.Property(x => x.Recipient).HasMaxLength(254);
            m.Property(x => x.Subject).HasMaxLength(Message.MaxSubjectLength);
            m.Property(x => x.Body).HasMaxLength(Message.MaxBodyLength);
            m.Property(x => x.Problem).HasMaxLength(Message.MaxProblemLength);
            // One message per ticket event, whichever node's trigger gets there first.
            m.HasIndex(x => new { x.OfficeId, x.SourceSeq }).IsUnique();
            m.HasIndex(x => new { x.State, x.NextAttemptAt });
            m.HasIndex(x => x.TicketId);
        });

        builder.Entity<MessageTemplate>(t =>
        {
            t.Property(x => x.Subject).HasMaxLength(Message.MaxSubjectLength);
            t.Property(x => x.Body).HasMaxLength(Message.MaxBodyLength);
            t.Property(x => x.UpdatedBy).HasMaxLength(100);
            t.HasIndex(x => new { x.OfficeId, x.Event, x.Channel }).IsUnique();
        });
    }
}
