using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using FiloDiretto.Data;
using FiloDiretto.Messaging;
using FiloDiretto.Platform.Localisation;
using FiloDiretto.Tests.Callbacks;
using FiloDiretto.Tests.Infrastructure;
using FiloDiretto.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace FiloDiretto.Tests.Messaging;

public abstract class OutboxTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, IMessagingApp
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private static int _numbers = Environment.TickCount & 0xFFFFF;

    [Fact]
    public async Task TheCitizenReceivesAnEmailWithTheCodeAndTheExpectedDateAndNothingOfTheirHealth()
    {
        using var phone = await app.ClientFor("linea1");
        var email = NewEmail();
        const string description = "Verbale con diagnosi di patologia cardiaca e percentuale di invalidità sbagliata.";
        var ticket = await phone.RecordAsync(Intake(email, "email", consent: true, category: "VERB_ERR", description: description));

        var mail = await ReceivedAsync(email);
        var read = await WaitForAsync(phone, ticket.Id, m => m.State == "sent");

        var expected = Formats.Local(ticket.DueAt).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        Assert.Contains(ticket.Code, mail.Subject, StringComparison.Ordinal);
        Assert.Contains(ticket.Code, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(expected, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("0773 123456", mail.TextBody, StringComparison.Ordinal);
        foreach (var secret in new[] { ticket.CategoryLabel, "verbale", "cardiaca", description })
        {
            Assert.DoesNotContain(secret, mail.Subject + mail.TextBody, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Null(HealthWords.FirstIn(mail.Subject + " " + mail.TextBody));
        Assert.Equal("linea@lt.inps.example", mail.From.Mailboxes.Single().Address);
        var message = Assert.Single(read.Messages!);
        Assert.Equal(("ticket-received", "email", 1), (message.Event, message.Channel, message.Attempts));
        Assert.DoesNotContain(email, message.Recipient, StringComparison.Ordinal);
        Assert.Equal("email", read.Citizen.PreferredChannel);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, read.Citizen.WrittenConsentAt);
        Assert.Equal((await app.ActorFor("linea1")).Name, read.Citizen.WrittenConsentBy);
    }

    [Fact]
    public async Task WithoutConsentNothingIsSentAndTheTimelineSaysWhy()
    {
        using var phone = await app.ClientFor("linea1");
        var email = NewEmail();
        var ticket = await phone.RecordAsync(Intake(email, "email", consent: false));

        var read = await WaitForAsync(phone, ticket.Id, m => m.State == "withheld");

        var message = Assert.Single(read.Messages!);
        Assert.Equal((Message.NoConsent, null, 0), (message.Problem, message.Channel, message.Attempts));
        Assert.Null(read.Citizen.WrittenConsentAt);
        Assert.DoesNotContain(app.Received(), m => m.Data.Contains(email, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TextMessagesGoThroughTheGatewayAndAnEscalatedCallbackAsksTheCitizenToCallBack()
    {
        using var phone = await app.ClientFor("linea1");
        var mobile = NewMobile();
        var ticket = await phone.RecordAsync(Intake(null, "sms", consent: true, mobile: mobile));

        var received = await TextsToAsync(mobile, 1);
        Assert.Contains(ticket.Code, received[0], StringComparison.Ordinal);
        Assert.True(received[0].Length <= TemplateRules.MaxSmsLength);

        await EscalateCallbackAsync(ticket.Id);

        var both = await TextsToAsync(mobile, 2);
        Assert.Contains("richiamarci", both[1], StringComparison.Ordinal);
        Assert.Contains(ticket.Code, both[1], StringComparison.Ordinal);
        using var later = await app.ClientFor("linea1"); // the escalation moved the clock past the morning's token
        var asked = (await later.GetTicketAsync(ticket.Id)).Messages!.Single(m => m.Event == "please-call-back");
        Assert.Equal("sms", asked.Channel);
    }

    [Fact]
    public async Task AFailingGatewayIsRetriedWithBackOffThenShownAsNotSentAndASupervisorSendsItAgain()
    {
        using var phone = await app.ClientFor("linea1");
        using var supervisor = await app.ClientFor("responsabile");
        var mobile = NewMobile();
        app.Sms.Failing = true;
        try
        {
            var ticket = await phone.RecordAsync(Intake(null, "sms", consent: true, mobile: mobile));

            var first = Assert.Single((await WaitForAsync(phone, ticket.Id, m => m.Attempts == 1 && m.State == "pending")).Messages!);
            Assert.Equal("HTTP 500", first.Problem);
            Assert.Equal(first.CreatedAt + TimeSpan.FromMinutes(1), first.NextAttemptAt);

            await app.Sms.StopAsync(); // now the gateway is down altogether
            app.Clock.Advance(TimeSpan.FromMinutes(1));
            var second = Assert.Single((await WaitForAsync(phone, ticket.Id, m => m.Attempts == 2 && m.State == "pending")).Messages!);
            Assert.StartsWith("network: ", second.Problem, StringComparison.Ordinal);
            Assert.Equal(app.Clock.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(2), second.NextAttemptAt);

            app.Clock.Advance(TimeSpan.FromMinutes(2));
            var failed = Assert.Single((await WaitForAsync(phone, ticket.Id, m => m.State == "failed")).Messages!);
            Assert.Equal(MessagingSettings.MaxAttempts, failed.Attempts);
            Assert.Null(failed.NextAttemptAt);
            Assert.DoesNotContain(app.Sms.Accepted, t => t.To == mobile);

            app.Sms.Failing = false;
            await app.Sms.StartAsync();
            Assert.Equal(HttpStatusCode.Forbidden, (await phone.PostAsync(RetryPath(ticket.Id, failed.Id), null)).StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, (await supervisor.PostAsync(RetryPath(ticket.Id, failed.Id), null)).StatusCode);
            Assert.Equal(HttpStatusCode.Conflict, (await supervisor.PostAsync(RetryPath(ticket.Id, failed.Id), null)).StatusCode);

            await TextsToAsync(mobile, 1);
            await WaitForAsync(phone, ticket.Id, m => m.State == "sent");
        }
        finally
        {
            app.Sms.Failing = false;
            if (!app.Sms.IsUp)
            {
                await app.Sms.StartAsync();
            }
        }
    }

    [Fact]
    public async Task OfSeveralNodesExactlyOneSendsEachMessage()
    {
        using var phone = await app.ClientFor("linea1");
        var ticket = await phone.RecordAsync();
        var officeId = await OfficeOfAsync(ticket.Id);
        var mobiles = Enumerable.Range(0, 12).Select(_ => NewMobile()).ToList();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await using (var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            db.Messages.AddRange(mobiles.Select(m => Message.Queued(
                officeId, ticket.Id, null, MessageEvent.PleaseCallBack, new Address(MessageChannel.Sms, m), new RenderedText(null, $"Prova {m}"), now)));
            await db.SaveChangesAsync();
        }

        var nodes = Enumerable.Range(0, 4).Select(_ => ActivatorUtilities.CreateInstance<MessageDispatcher>(app.Services)).ToList();
        await Task.WhenAll(nodes.Select(node => Task.Run(async () =>
        {
            while (await node.SendNextAsync(CancellationToken.None))
            {
            }
        })));

        foreach (var mobile in mobiles)
        {
            Assert.Single(await TextsToAsync(mobile, 1));
        }

        var read = await phone.GetTicketAsync(ticket.Id);
        Assert.All(read.Messages!.Where(m => m.Event == "please-call-back"), m => Assert.Equal(("sent", 1), (m.State, m.Attempts)));
    }

    [Fact]
    public async Task TheOfficesOwnWordingIsUsed()
    {
        using var phone = await app.ClientFor("linea1");
        var supervisor = await app.ActorFor("responsabile");
        var saved = await app.Service<SaveTemplate>().SaveAsync(
            supervisor, MessageEvent.TicketReceived, MessageChannel.Email,
            new TemplateText("Abbiamo ricevuto la {codice}", "Grazie. Codice {codice}, risposta entro il {data_prevista}."), CancellationToken.None);
        Assert.True(saved.IsValid);
        try
        {
            var email = NewEmail();
            var ticket = await phone.RecordAsync(Intake(email, "email", consent: true));

            var mail = await ReceivedAsync(email);
            Assert.Equal($"Abbiamo ricevuto la {ticket.Code}", mail.Subject);
        }
        finally
        {
            await app.Service<ResetTemplate>().ResetAsync(supervisor, MessageEvent.TicketReceived, MessageChannel.Email, CancellationToken.None);
        }
    }

    [Fact]
    public async Task ErasingTheCitizensDataErasesTheirMessagesAndStopsThoseNotYetSent()
    {
        using var phone = await app.ClientFor("linea1");
        var ticket = await phone.RecordAsync(Intake(null, "sms", consent: true, mobile: NewMobile()));
        await WaitForAsync(phone, ticket.Id, m => m.State == "sent");
        app.Sms.Failing = true;
        try
        {
            await EscalateCallbackAsync(ticket.Id);
            using var laterPhone = await app.ClientFor("linea1"); // the escalation moved the clock past the morning's tokens
            using var laterSupervisor = await app.ClientFor("responsabile");
            await WaitForAsync(laterPhone, ticket.Id, m => m.Event == "please-call-back" && m.Attempts == 1);

            var erased = await laterSupervisor.PostAsJsonAsync("/api/v1/privacy/erase", new { fiscalCode = ticket.Citizen.FiscalCode, reference = "Prot. 9" });

            Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
            var read = await laterPhone.GetTicketAsync(ticket.Id);
            Assert.All(read.Messages!, m => Assert.Equal((null, null, null), (m.Recipient, m.Subject, m.Body)));
            Assert.Equal(["sent", "withheld"], read.Messages!.Select(m => m.State));
            Assert.Equal(Message.Erased, read.Messages![1].Problem);
        }
        finally
        {
            app.Sms.Failing = false;
        }
    }

    /// <summary>The callbacks' escalation, as a specialist reaches it: a promised callback whose attempts fail (one, in these tests).</summary>
    private async Task EscalateCallbackAsync(long ticketId)
    {
        var day = await app.NextMorningAsync();
        using var specialist = await app.ClientFor("bo.pagamenti");
        Assert.Equal(HttpStatusCode.OK, (await specialist.ActAsync(ticketId, "take")).StatusCode);
        await (await specialist.PromiseAsync(ticketId, CallbackApi.Promise(day, "09:00", "10:00"))).ReadAsync(HttpStatusCode.Created);
        app.MoveTo(day, 9, 10);
        Assert.Equal("escalated", (await (await specialist.AttemptAsync(ticketId, "no-answer")).ReadAsync()).State);
    }

    private static string RetryPath(long ticketId, long messageId) => $"/api/v1/tickets/{ticketId}/messages/{messageId}/retry";

    private static object Intake(string? email, string preferred, bool consent, string? mobile = null, string category = "PAG", string description = "Pagamento non arrivato.")
    {
        var citizen = TestApi.NewCitizen();
        return new
        {
            citizen = new
            {
                fiscalCode = citizen.FiscalCode,
                surname = citizen.Surname,
                givenName = citizen.GivenName,
                phone = mobile ?? citizen.Phone,
                email,
                preferredChannel = preferred,
                writtenConsent = consent,
            },
            category,
            description,
            channel = "phone",
            line = 1,
        };
    }

    private static string NewEmail() => $"cittadino.{Guid.NewGuid():N}@example.it";

    private static string NewMobile() =>
        string.Create(CultureInfo.InvariantCulture, $"+39347{Interlocked.Increment(ref _numbers) % 10_000_000:D7}");

    private async Task<int> OfficeOfAsync(long ticketId)
    {
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Tickets.Where(t => t.Id == ticketId).Select(t => t.OfficeId).SingleAsync();
    }

    private async Task<MimeMessage> ReceivedAsync(string to)
    {
        var raw = await EventuallyAsync(() => app.Received().FirstOrDefault(m => m.ToAddresses.Any(a => a.Address == to))?.Data);
        return MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw)));
    }

    private async Task<List<string>> TextsToAsync(string mobile, int count) =>
        await EventuallyAsync(() => app.Sms.Accepted.Where(t => t.To == mobile).Select(t => t.Text).ToList() is { } texts && texts.Count >= count ? texts : null);

    /// <summary>The ticket once one of its messages matches (the outbox works in the background).</summary>
    private static async Task<TicketView> WaitForAsync(HttpClient client, long ticketId, Func<MessageView, bool> condition) =>
        await EventuallyAsync(async () => await client.GetTicketAsync(ticketId) is { Messages: { } messages } ticket && messages.Any(condition) ? ticket : null);

    private static Task<T> EventuallyAsync<T>(Func<T?> probe) where T : class => EventuallyAsync(() => Task.FromResult(probe()));

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe) where T : class
    {
        var until = DateTime.UtcNow + Patience;
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < until, "The outbox did not get there in time.");
            await Task.Delay(50);
        }
    }
}

public sealed class OutboxTestsOnSqlite(MessagingSqliteFactory app) : OutboxTests<MessagingSqliteFactory>(app);

public sealed class OutboxTestsOnPostgres(MessagingPostgresFactory app) : OutboxTests<MessagingPostgresFactory>(app);
