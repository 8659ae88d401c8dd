using Microsoft.AspNetCore.Authorization;

namespace FiloDiretto.Accounts;

/// <summary>Who may do what, by role. docs/API.md lists the matrix.</summary>
public static class Policies
{
    public const string RecordTickets = nameof(RecordTickets);
    public const string ReadTickets = nameof(ReadTickets);
    public const string AppendCalls = nameof(AppendCalls);
    public const string WriteNotes = nameof(WriteNotes);
    public const string WorkTickets = nameof(WorkTickets);
    public const string ReopenTickets = nameof(ReopenTickets);
    public const string LiveQueue = nameof(LiveQueue);
    public const string ReadCategories = nameof(ReadCategories);
    public const string Supervise = nameof(Supervise);
    public const string Administer = nameof(Administer);
    public const string PatronatoFiles = nameof(PatronatoFiles);
    public const string ManageLegalHold = nameof(ManageLegalHold);
    public const string DataSubjectRights = nameof(DataSubjectRights);
    public const string ReadAccessLog = nameof(ReadAccessLog);

    public static void AddFiloDirettoPolicies(this AuthorizationBuilder builder)
    {
        Allow(builder, RecordTickets, Role.PhoneOperator, Role.BackOffice, Role.Supervisor, Role.Counter, Role.Patronato);
        Allow(builder, ReadTickets, Role.PhoneOperator, Role.BackOffice, Role.Supervisor, Role.Counter, Role.Patronato);
        Allow(builder, AppendCalls, Role.PhoneOperator, Role.BackOffice, Role.Supervisor, Role.Counter, Role.Patronato);
        Allow(builder, WriteNotes, Role.PhoneOperator, Role.BackOffice, Role.Supervisor);
        Allow(builder, WorkTickets, Role.BackOffice, Role.Supervisor);
        Allow(builder, ReopenTickets, Role.PhoneOperator, Role.BackOffice, Role.Supervisor);
        Allow(builder, LiveQueue, Role.PhoneOperator, Role.BackOffice, Role.Supervisor, Role.Counter);
        Allow(builder, ReadCategories, Role.PhoneOperator, Role.BackOffice, Role.Supervisor, Role.Counter, Role.Patronato, Role.Admin);
        Allow(builder, Supervise, Role.Supervisor);
        Allow(builder, Administer, Role.Admin);
        Allow(builder, PatronatoFiles, Role.Patronato);
        Allow(builder, ManageLegalHold, Role.Supervisor);
        // The office's supervisor is its data-protection referent (docs/security/privacy.md).
        Allow(builder, DataSubjectRights, Role.Supervisor);
        Allow(builder, ReadAccessLog, Role.Auditor);
    }

    private static void Allow(AuthorizationBuilder builder, string policy, params Role[] roles) =>
        builder.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles.Select(r => r.ToString())));
}
