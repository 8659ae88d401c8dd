using FiloDiretto.Accounts;
using FiloDiretto.Categories;
using FiloDiretto.Tickets;

namespace FiloDiretto.Tests.Tickets;

/// <summary>The lifecycle as the entity guards it: every transition allowed where it should be, refused elsewhere.</summary>
public sealed class TicketTests
{
    private static readonly DateTime Now = new(2026, 4, 20, 8, 0, 0, DateTimeKind.Utc);
    private static readonly Actor Phone = new("u-linea", "Giulia", Role.PhoneOperator, 1, null, null);
    private static readonly Actor Holder = new("u-bo", "Chiara", Role.BackOffice, 1, Area.Payments, null);
    private static readonly Actor Colleague = new("u-bo2", "Laura", Role.BackOffice, 1, Area.Medical, null);
    private static readonly Actor Supervisor = new("u-resp", "Anna", Role.Supervisor, 1, null, null);

    private static readonly Dictionary<string, Func<Ticket, Actor, Refusal?>> Actions = new()
    {
        ["take"] = (t, a) => t.TakeInCharge(a, Now),
        ["release"] = (t, a) => t.Release(a, Now),
        ["call"] = (t, a) => t.AppendCall(a, null, Now),
        ["contact"] = (t, a) => t.LogContact(a, ContactChannel.Phone, ContactOutcome.Reached, null, Now),
        ["await"] = (t, a) => t.AwaitCitizen(a, "IBAN", Now),
        ["resolve"] = (t, a) => t.Resolve(a, "Fatto", Now),
        ["forward"] = (t, a) => t.Forward(a, "ASL", "competenza", Now),
        ["reopen"] = (t, a) => t.Reopen(a, "richiama", Now),
        ["close"] = (t, a) => t.Close(a, Now),
    };

    public static TheoryData<TicketStatus, string, bool> Matrix()
    {
        var allowed = new Dictionary<TicketStatus, string[]>
        {
            [TicketStatus.New] = ["take", "call"],
            [TicketStatus.InProgress] = ["take", "release", "call", "contact", "await", "resolve", "forward"],
            [TicketStatus.AwaitingCitizen] = ["take", "release", "call", "contact", "resolve", "forward"],
            [TicketStatus.Resolved] = ["reopen", "close"],
            [TicketStatus.Forwarded] = ["reopen", "close"],
            [TicketStatus.Reopened] = ["take", "call"],
            [TicketStatus.Closed] = [],
        };
        var data = new TheoryData<TicketStatus, string, bool>();
        foreach (var (status, actions) in allowed)
        {
            foreach (var action in Actions.Keys)
            {
                data.Add(status, action, actions.Contains(action));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void EachTransitionIsAllowedOnlyFromItsStates(TicketStatus status, string action, bool allowed)
    {
        var ticket = In(status);
        var before = (ticket.Status, ticket.Events.Count);

        var refusal = Actions[action](ticket, Holder);

        if (allowed)
        {
            Assert.Null(refusal);
        }
        else
        {
            Assert.NotNull(refusal);
            Assert.Equal(before, (ticket.Status, ticket.Events.Count));
        }
    }

    [Theory]
    [InlineData("release")]
    [InlineData("contact")]
    [InlineData("await")]
    [InlineData("resolve")]
    [InlineData("forward")]
    public void OnlyTheHolderWorksATicketInProgress(string action)
    {
        var ticket = In(TicketStatus.InProgress);

        var refusal = Actions[action](ticket, Colleague);

        Assert.NotNull(refusal);
        Assert.Equal("Chiara", refusal.Holder);
        Assert.Equal(TicketStatus.InProgress, ticket.Status);
    }

    [Fact]
    public void ATakeBySomeoneElseNamesTheHolder()
    {
        var ticket = In(TicketStatus.InProgress);

        var refusal = ticket.TakeInCharge(Colleague, Now);

        Assert.Equal("Chiara", refusal?.Holder);
        Assert.Contains("Chiara", refusal?.Message, StringComparison.Ordinal);
        Assert.Equal(Holder.UserId, ticket.HolderId);
    }

    [Fact]
    public void ASupervisorMayReleaseAndCloseSomeoneElsesTicket()
    {
        var working = In(TicketStatus.InProgress);
        var resolved = In(TicketStatus.Resolved);

        Assert.Null(working.Release(Supervisor, Now));
        Assert.Null(resolved.Close(Supervisor, Now));
        Assert.Equal((TicketStatus.New, (string?)null), (working.Status, working.HolderId));
        Assert.Equal(TicketStatus.Closed, resolved.Status);
    }

    [Fact]
    public void RepeatCallsAreCountedOnTheOpenTicketNotDuplicated()
    {
        var ticket = In(TicketStatus.AwaitingCitizen);

        ticket.AppendCall(Phone, "Ha inviato i documenti", Now);
        ticket.AppendCall(Phone, null, Now);

        Assert.Equal(2, ticket.RepeatCalls);
        Assert.Equal(TicketStatus.AwaitingCitizen, ticket.Status);
        Assert.Equal([EventKind.RepeatCall, EventKind.RepeatCall], ticket.Events.TakeLast(2).Select(e => e.Kind));
    }

    [Fact]
    public void EveryChangeAppendsOneEventCarryingTheNewStatusAndWho()
    {
        var ticket = In(TicketStatus.New);
        var count = ticket.Events.Count;

        ticket.TakeInCharge(Holder, Now.AddMinutes(5));

        var added = Assert.Single(ticket.Events.Skip(count));
        Assert.Equal((EventKind.TakenInCharge, TicketStatus.InProgress, "u-bo", "Chiara", Now.AddMinutes(5)),
            (added.Kind, added.Status, added.ByUserId, added.ByName, added.At));
    }

    [Fact]
    public void FirstContactIsTheFirstAttemptThatReachedTheCitizen()
    {
        var ticket = In(TicketStatus.InProgress);

        ticket.LogContact(Holder, ContactChannel.Phone, ContactOutcome.NoAnswer, null, Now.AddHours(1));
        ticket.LogContact(Holder, ContactChannel.Phone, ContactOutcome.Reached, null, Now.AddHours(2));
        ticket.LogContact(Holder, ContactChannel.Sms, ContactOutcome.Sent, null, Now.AddHours(3));

        Assert.Equal(Now.AddHours(2), ticket.FirstContactAt);
    }

    private static Ticket In(TicketStatus status)
    {
        var category = new Category { Id = 7, OfficeId = 1, Code = "PAG", Label = "Pagamenti", Area = Area.Payments, TargetWorkingDays = 5 };
        var citizen = new CitizenDetails("RSSMRA68A01H501Y", "RSSMRA68A01H501Y", "Rossi", "Mario", "+393471234567", null);
        var draft = new TicketDraft(citizen, category, null, "Pagamento non arrivato", Channel.Phone, 1, CallerKind.Citizen, Priority.Normal);
        var ticket = Ticket.Create(draft, Phone, "LT-2026-000001", 2026, 1, Now.AddDays(7), Now);
        switch (status)
        {
            case TicketStatus.InProgress:
                ticket.TakeInCharge(Holder, Now);
                break;
            case TicketStatus.AwaitingCitizen:
                ticket.TakeInCharge(Holder, Now);
                ticket.AwaitCitizen(Holder, "IBAN", Now);
                break;
            case TicketStatus.Resolved:
                ticket.TakeInCharge(Holder, Now);
                ticket.Resolve(Holder, "Fatto", Now);
                break;
            case TicketStatus.Forwarded:
                ticket.TakeInCharge(Holder, Now);
                ticket.Forward(Holder, "ASL", "competenza", Now);
                break;
            case TicketStatus.Reopened:
                ticket.TakeInCharge(Holder, Now);
                ticket.Resolve(Holder, "Fatto", Now);
                ticket.Reopen(Phone, "richiama", Now);
                break;
            case TicketStatus.Closed:
                ticket.TakeInCharge(Holder, Now);
                ticket.Resolve(Holder, "Fatto", Now);
                ticket.Close(Holder, Now);
                break;
        }

        Assert.Equal(status, ticket.Status);
        return ticket;
    }
}
