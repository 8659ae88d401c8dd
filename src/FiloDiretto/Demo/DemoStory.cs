using FiloDiretto.Accounts;
using FiloDiretto.Categories;
using FiloDiretto.Tickets;

namespace FiloDiretto.Demo;

/// <summary>One ticket's invented life: who recorded it and how far the back office got, as time allowed.</summary>
internal sealed class DemoStory
{
    private readonly Random _random;
    private readonly Dictionary<string, Actor> _staff;
    private readonly DateTime _now;

    public DemoStory(Random random, Dictionary<string, Actor> staff, DateTime now)
    {
        _random = random;
        _staff = staff;
        _now = now;
        var pick = random.Next(100);
        (Recorder, Channel, Caller) = pick switch
        {
            < 42 => (staff["linea1"], Channel.Phone, random.Next(5) == 0 ? CallerKind.Relative : CallerKind.Citizen),
            < 84 => (staff["linea2"], Channel.Phone, random.Next(6) == 0 ? CallerKind.Guardian : CallerKind.Citizen),
            < 90 => (staff["inca"], Channel.Patronato, CallerKind.Patronato),
            < 95 => (staff["acli"], Channel.Patronato, CallerKind.Patronato),
            _ => (staff["sportello"], Channel.Counter, CallerKind.Citizen),
        };
        Line = Recorder == staff["linea1"] ? 1 : 2;
    }

    public Actor Recorder { get; }
    public Channel Channel { get; }
    public CallerKind Caller { get; }
    public int Line { get; }

    public void Live(Ticket ticket, DateTime createdAt)
    {
        var ageDays = (_now - createdAt).TotalDays;
        var roll = _random.Next(100);
        var target = ageDays switch
        {
            > 10 => roll switch { < 65 => TicketStatus.Closed, < 80 => TicketStatus.Resolved, < 86 => TicketStatus.Forwarded, < 93 => TicketStatus.AwaitingCitizen, _ => TicketStatus.InProgress },
            > 3 => roll switch { < 30 => TicketStatus.Resolved, < 50 => TicketStatus.Closed, < 72 => TicketStatus.InProgress, < 85 => TicketStatus.AwaitingCitizen, _ => TicketStatus.New },
            _ => roll switch { < 40 => TicketStatus.New, < 75 => TicketStatus.InProgress, < 88 => TicketStatus.Resolved, _ => TicketStatus.AwaitingCitizen },
        };

        var specialist = Specialist(ticket.Area);
        var at = createdAt;
        bool Step(int minMinutes, int maxMinutes)
        {
            at = at.AddMinutes(_random.Next(minMinutes, maxMinutes));
            return at < _now;
        }

        // Citizens left waiting phone again: failure demand the statistics must show.
        if (target is TicketStatus.New or TicketStatus.AwaitingCitizen or TicketStatus.InProgress && _random.Next(3) == 0 && Step(60, 2880))
        {
            ticket.AppendCall(_staff[_random.Next(2) == 0 ? "linea1" : "linea2"], "Il cittadino richiama per sapere a che punto è.", at);
        }

        if (target == TicketStatus.New || !Step(5, 240))
        {
            return;
        }

        ticket.TakeInCharge(specialist, at);
        if (target == TicketStatus.InProgress || !Step(5, 180))
        {
            return;
        }

        var reached = _random.Next(4) != 0;
        ticket.LogContact(specialist, ContactChannel.Phone, reached ? ContactOutcome.Reached : ContactOutcome.NoAnswer,
            reached ? "Cittadino raggiunto, verificata la pratica." : "Nessuna risposta.", at);
        if (!reached && Step(30, 600))
        {
            ticket.LogContact(specialist, ContactChannel.Phone, ContactOutcome.Reached, "Richiamato: cittadino raggiunto.", at);
        }

        if (target == TicketStatus.AwaitingCitizen)
        {
            if (Step(2, 30))
            {
                ticket.AwaitCitizen(specialist, DemoTexts.Request(_random), at);
            }

            return;
        }

        if (target == TicketStatus.Forwarded)
        {
            if (Step(10, 300))
            {
                ticket.Forward(specialist, "Commissione medica ASL Latina", "Competenza della commissione medica.", at);
            }

            return;
        }

        if (!Step(10, 1440))
        {
            return;
        }

        ticket.Resolve(specialist, DemoTexts.Feedback(ticket, _random), at);
        if (target == TicketStatus.Closed && Step(60, 4320))
        {
            ticket.Close(specialist, at);
        }
    }

    private Actor Specialist(Area area) => area switch
    {
        Area.Medical => _staff["bo.sanitaria"],
        Area.Administrative => _staff["bo.amministrativa"],
        Area.Payments => _staff["bo.pagamenti"],
        _ => _staff["responsabile"],
    };
}
