using FiloDiretto.Citizens;
using FiloDiretto.Data;
using FiloDiretto.Offices;
using FiloDiretto.Platform.Localisation;
using FiloDiretto.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FiloDiretto.Messaging;

/// <summary>
/// Decides the written message a ticket event calls for: withheld without the citizen's consent or an address,
/// else rendered from the office's template on the citizen's channel and queued for the <see cref="MessageDispatcher"/>.
/// </summary>
public sealed class CitizenMessages(
    OfficeProfiles offices,
    IOptions<MessagingOptions> options,
    TimeProvider clock)
{
    /// <param name="sourceSeq">The ticket event that calls for the message, if any.</param>
    internal async Task<Message> ComposeAsync(AppDbContext db, Ticket ticket, MessageEvent what, long? sourceSeq, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (ticket.WrittenConsentAt is null)
        {
            return Message.Withheld(ticket.OfficeId, ticket.Id, sourceSeq, what, Message.NoConsent, now);
        }

        if (AddressOf(ticket) is not { } to)
        {
            return Message.Withheld(ticket.OfficeId, ticket.Id, sourceSeq, what, Message.NoAddress, now);
        }

        var template = await TemplateBook.ReadAsync(db, ticket.OfficeId, what, to.Channel, ct);
        var facts = await FactsAsync(db, ticket, now, ct);
        return Message.Queued(ticket.OfficeId, ticket.Id, sourceSeq, what, to, facts.Fill(template), now);
    }

    /// <summary>The channel the citizen prefers when it can be used; otherwise e-mail, then a text message to a mobile.</summary>
    public static Address? AddressOf(Ticket ticket)
    {
        var email = string.IsNullOrEmpty(ticket.Email) ? null : new Address(MessageChannel.Email, ticket.Email);
        var sms = ItalianPhone.TryParse(ticket.Phone, out var phone) && phone.IsMobile ? new Address(MessageChannel.Sms, phone.E164) : null;
        return ticket.PreferredChannel == PreferredChannel.Sms ? sms ?? email : email ?? sms;
    }

    private async Task<MessageFacts> FactsAsync(AppDbContext db, Ticket ticket, DateTime now, CancellationToken ct)
    {
        var office = await offices.GetAsync(ticket.OfficeId, ct);
        var contact = await OfficeContact.ReadAsync(db, ticket.OfficeId, options.Value.OfficePhone, ct);
        var documentsBy = office.Calendar.DueAtUtc(now, options.Value.DocumentsWithinWorkingDays);
        return new MessageFacts(
            ticket.Code, DateOnly.FromDateTime(Formats.Local(ticket.DueAt)), contact.Name, contact.Phone, DateOnly.FromDateTime(Formats.Local(documentsBy)));
    }
}
