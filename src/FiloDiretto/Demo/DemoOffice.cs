using FiloDiretto.Accounts;
using FiloDiretto.Calendar;
using FiloDiretto.Categories;
using FiloDiretto.Citizens;
using FiloDiretto.Data;
using FiloDiretto.Offices;
using FiloDiretto.Tickets;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FiloDiretto.Demo;

/// <summary>
/// The demo office of Latina: staff of every role, two patronati and about 300 tickets of the last
/// eight weeks, each lived through the same ticket methods as real work, so timelines and figures hold.
/// </summary>
public sealed partial class DemoOffice(AppDbContext db, UserManager<AppUser> users, FirstRun firstRun, TimeProvider clock, ILogger<DemoOffice> logger)
{
    private const int TicketCount = 300;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Users.AnyAsync(ct))
        {
            LogAlreadySeeded(logger);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var office = await db.AddOfficeAsync("LT", "INPS — Direzione provinciale di Latina", ct);
        var inca = new Organisation { OfficeId = office.Id, Code = "INCA", Name = "Patronato INCA CGIL" };
        var acli = new Organisation { OfficeId = office.Id, Code = "ACLI", Name = "Patronato ACLI" };
        db.Organisations.AddRange(inca, acli);
        await db.SaveChangesAsync(ct);

        var staff = new Dictionary<string, Actor>();
        foreach (var (userName, name, role, area, organisation) in Staff(inca.Id, acli.Id))
        {
            var user = new AppUser { UserName = userName, DisplayName = name, Role = role, OfficeId = office.Id, Area = area, OrganisationId = organisation };
            var result = await users.CreateAsync(user, DemoMode.Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
            }

            staff[userName] = new Actor(user.Id, name, role, office.Id, area, organisation);
        }

        var categories = await db.Categories.Where(c => c.OfficeId == office.Id).ToListAsync(ct);
        var tickets = Tickets(office, categories, staff, new WorkingCalendar());
        var events = tickets.SelectMany(t => t.Events).OrderBy(e => e.At).ToList();
        TicketEvent.Number(events, events.Count);

        db.Tickets.AddRange(tickets);
        db.Counters.Add(new Counter { Name = CounterSql.Events(office.Id), Value = events.Count });
        foreach (var year in tickets.GroupBy(t => t.Year))
        {
            db.Counters.Add(new Counter { Name = CounterSql.TicketNumbers(office.Id, year.Key), Value = year.Max(t => t.Number) });
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        firstRun.MarkComplete();
        LogSeeded(logger, tickets.Count, events.Count, string.Join(", ", staff.Keys), DemoMode.Password);
    }

    private static IEnumerable<(string, string, Role, Area?, int?)> Staff(int inca, int acli) =>
    [
        ("linea1", "Giulia Ferri (linea 1)", Role.PhoneOperator, null, null),
        ("linea2", "Marco Zanella (linea 2)", Role.PhoneOperator, null, null),
        ("bo.sanitaria", "Laura Pace", Role.BackOffice, Area.Medical, null),
        ("bo.amministrativa", "Paolo Sarti", Role.BackOffice, Area.Administrative, null),
        ("bo.pagamenti", "Chiara Neri", Role.BackOffice, Area.Payments, null),
        ("responsabile", "Anna Valente", Role.Supervisor, null, null),
        ("sportello", "Sergio Bassi", Role.Counter, null, null),
        ("inca", "Rita Conte (INCA)", Role.Patronato, null, inca),
        ("acli", "Luca Fabbri (ACLI)", Role.Patronato, null, acli),
        ("admin", "Amministratore", Role.Admin, null, null),
        ("dpo", "Responsabile protezione dati", Role.Auditor, null, null),
    ];

    private List<Ticket> Tickets(Office office, List<Category> categories, Dictionary<string, Actor> staff, WorkingCalendar calendar)
    {
        var random = new Random(2019);
        var now = clock.GetUtcNow().UtcDateTime;
        var rome = calendar.TimeZone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, rome));
        var days = Enumerable.Range(0, 56).Select(d => today.AddDays(-d)).Where(calendar.IsWorkingDay).ToList();
        var created = new List<DateTime>();
        for (var i = 0; i < TicketCount; i++)
        {
            var day = days[random.Next(days.Count)];
            var local = day.ToDateTime(new TimeOnly(8, 30)).AddMinutes(random.Next(0, 240));
            var utc = TimeZoneInfo.ConvertTimeToUtc(local, rome);
            created.Add(utc < now ? utc : now.AddMinutes(-random.Next(5, 90)));
        }

        created.Sort();
        var numbers = new Dictionary<int, int>();
        var tickets = new List<Ticket>(TicketCount);
        foreach (var at in created)
        {
            var year = TimeZoneInfo.ConvertTimeFromUtc(at, rome).Year;
            var number = numbers[year] = numbers.GetValueOrDefault(year) + 1;
            var story = new DemoStory(random, staff, now);
            var category = categories[random.Next(categories.Count)];
            var person = DemoPeople.Next(random);
            var draft = new TicketDraft(
                new CitizenDetails(person.FiscalCode, FiscalCode.Parse(person.FiscalCode, today).Code!.Canonical, person.Surname,
                    person.GivenName, ItalianPhone.Parse(person.Phone).Phone!.E164, null),
                category,
                random.Next(3) == 0 ? $"INV{random.Next(10000000, 99999999)}" : null,
                DemoTexts.Description(category.Code, random),
                story.Channel,
                story.Channel == Channel.Phone ? story.Line : null,
                story.Caller,
                random.Next(8) == 0 ? Priority.Urgent : Priority.Normal);
            var ticket = Ticket.Create(draft, story.Recorder, $"{office.Code}-{year}-{number:D6}", year, number,
                calendar.DueAtUtc(at, category.TargetWorkingDays), at);
            ticket.Category = category;
            story.Live(ticket, at);
            tickets.Add(ticket);
        }

        return tickets;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data not seeded: the database already has users.")]
    private static partial void LogAlreadySeeded(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo office LT seeded: {Tickets} tickets, {Events} events. Demo users: {Users} — password {Password} (demo only).")]
    private static partial void LogSeeded(ILogger logger, int tickets, int events, string users, string password);
}
