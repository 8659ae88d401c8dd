using FiloDiretto.Accounts;
using FiloDiretto.Categories;
using FiloDiretto.Tickets;
using FiloDiretto.Workspace;

namespace FiloDiretto.Tests.Workspace;

/// <summary>The workspace offers exactly the changes the ticket itself would accept and record, in every state.</summary>
public sealed class WorkRulesTests
{
    private static readonly DateTime Now = new(2026, 4, 20, 8, 0, 0, DateTimeKind.Utc);
    private static readonly Actor Phone = new("u-linea", "Giulia", Role.PhoneOperator, 1, null, null);
    private static readonly Actor Specialist = new("u-bo", "Chiara", Role.BackOffice, 1, Area.Payments, null);
    private static readonly Actor Supervisor = new("u-resp", "Anna", Role.Supervisor, 1, null, null);

    public static TheoryData<TicketStatus, string, string?> States()
    {
        var data = new TheoryData<TicketStatus, string, string?>();
        foreach (var status in Enum.GetValues<TicketStatus>())
        {
            foreach (var actor in new[] { Specialist, Supervisor })
            {
                foreach (var holder in new[] { null, actor.UserId, "u-other" })
                {
                    data.Add(status, actor.UserId, holder);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(States))]
    public void WhatIsOfferedIsWhatTheTicketAcceptsAndRecords(TicketStatus status, string actorId, string? holderId)
    {
        var actor = actorId == Specialist.UserId ? Specialist : Supervisor;
        foreach (var action in Enum.GetValues<WorkAction>())
        {
            var ticket = In(status, holderId);

            var refusal = Apply(ticket, action, actor);

            var accepted = refusal is null && ticket.Events.Count > 0;
            Assert.True(
                accepted == WorkRules.StateAllows(action, status, holderId, actor),
                $"{action} by {actor.Role} on {status} held by {holderId ?? "nobody"}: the ticket {(accepted ? "accepts" : "refuses")} it.");
        }
    }

    [Theory]
    [InlineData(WorkAction.AddNote, Policies.WriteNotes)]
    [InlineData(WorkAction.Reopen, Policies.ReopenTickets)]
    [InlineData(WorkAction.Take, Policies.WorkTickets)]
    [InlineData(WorkAction.Resolve, Policies.WorkTickets)]
    [InlineData(WorkAction.Close, Policies.WorkTickets)]
    public void EachActionNeedsThePolicyOfItsEndpoint(WorkAction action, string policy) =>
        Assert.Equal(policy, WorkRules.PolicyOf(action));

    private static Refusal? Apply(Ticket ticket, WorkAction action, Actor actor) => action switch
    {
        WorkAction.Take => ticket.TakeInCharge(actor, Now),
        WorkAction.Release => ticket.Release(actor, Now),
        WorkAction.LogContact => ticket.LogContact(actor, ContactChannel.Phone, ContactOutcome.Reached, null, Now),
        WorkAction.AwaitCitizen => ticket.AwaitCitizen(actor, "IBAN", Now),
        WorkAction.Resolve => ticket.Resolve(actor, "Fatto", Now),
        WorkAction.Forward => ticket.Forward(actor, "ASL", "competenza", Now),
        WorkAction.AddNote => ticket.AddNote(actor, "Nota", Now),
        WorkAction.Reopen => ticket.Reopen(actor, "richiama", Now),
        WorkAction.Close => ticket.Close(actor, Now),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    /// <summary>A ticket put straight into a state, its timeline emptied so that only the change under test shows.</summary>
    private static Ticket In(TicketStatus status, string? holderId)
    {
        var category = new Category { Id = 7, OfficeId = 1, Code = "PAG", Label = "Pagamenti", Area = Area.Payments, TargetWorkingDays = 5 };
        var citizen = new CitizenDetails("RSSMRA68A01H501Y", "RSSMRA68A01H501Y", "Rossi", "Mario", "+393471234567", null);
        var draft = new TicketDraft(citizen, category, null, "Pagamento non arrivato", Channel.Phone, 1, CallerKind.Citizen, Priority.Normal);
        var ticket = Ticket.Create(draft, Phone, "LT-2026-000001", 2026, 1, Now.AddDays(7), Now);
        ticket.Status = status;
        ticket.HolderId = holderId;
        ticket.HolderName = holderId;
        ticket.Events.Clear();
        return ticket;
    }
}
