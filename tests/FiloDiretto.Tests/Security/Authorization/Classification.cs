using FiloDiretto.Accounts;
using static FiloDiretto.Accounts.Role;
using static FiloDiretto.Tests.Security.Authorization.Access;

namespace FiloDiretto.Tests.Security.Authorization;

/// <summary>
/// Who may call each endpoint of the app: the one table the matrix test checks every endpoint against and from which
/// docs/security/matrix.md is written. A new endpoint is one line here; the test names any endpoint without one.
/// </summary>
public static class Classification
{
    private static readonly Role[] OfficeStaff = [PhoneOperator, BackOffice, Supervisor, Counter];
    private static readonly Role[] FilesTickets = [.. OfficeStaff, Patronato];

    public static readonly IReadOnlyDictionary<string, Access> Expected = new Dictionary<string, Access>
    {
        // API (bearer token)
        ["POST /api/v1/auth/token"] = Anonymous,
        ["GET /api/v1/categories"] = Allow([.. FilesTickets, Admin]),
        ["GET /api/v1/citizens/{fiscalCode}/tickets"] = Allow(FilesTickets),
        ["GET /api/v1/events"] = Allow(OfficeStaff),
        ["GET /api/v1/tickets"] = Allow(FilesTickets),
        ["POST /api/v1/tickets"] = Allow(FilesTickets),
        ["GET /api/v1/tickets/{id:long}"] = Allow(FilesTickets),
        ["POST /api/v1/tickets/{id:long}/calls"] = Allow(FilesTickets),
        ["POST /api/v1/tickets/{id:long}/notes"] = Allow(PhoneOperator, BackOffice, Supervisor),
        ["POST /api/v1/tickets/{id:long}/reopen"] = Allow(PhoneOperator, BackOffice, Supervisor),
        ["POST /api/v1/tickets/{id:long}/take"] = Allow(BackOffice, Supervisor),
        ["POST /api/v1/tickets/{id:long}/release"] = Allow(BackOffice, Supervisor),
        ["POST /api/v1/tickets/{id:long}/close"] = Allow(BackOffice, Supervisor),
        ["POST /api/v1/tickets/{id:long}/contacts"] = Allow(BackOffice, Supervisor),
        ["POST /api/v1/tickets/{id:long}/await-citizen"] = Allow(BackOffice, Supervisor),
        ["POST /api/v1/tickets/{id:long}/resolve"] = Allow(BackOffice, Supervisor),
        ["POST /api/v1/tickets/{id:long}/forward"] = Allow(BackOffice, Supervisor),
        ["GET /api/v1/tickets/{id:long}/callbacks"] = Allow(BackOffice, Supervisor),
        ["POST /api/v1/tickets/{id:long}/callbacks"] = Allow(BackOffice, Supervisor),
        ["POST /api/v1/tickets/{id:long}/callbacks/reschedule"] = Allow(BackOffice, Supervisor),
        ["POST /api/v1/tickets/{id:long}/callbacks/cancel"] = Allow(BackOffice, Supervisor),
        ["POST /api/v1/tickets/{id:long}/callbacks/attempts"] = Allow(BackOffice, Supervisor),
        ["GET /api/v1/callbacks"] = Allow(BackOffice, Supervisor),
        ["GET /api/v1/callbacks/measures"] = Allow(Supervisor),
        ["POST /api/v1/tickets/{id:long}/legal-hold"] = Allow(Supervisor),
        ["DELETE /api/v1/tickets/{id:long}/legal-hold"] = Allow(Supervisor),
        ["POST /api/v1/tickets/{id:long}/messages/{messageId:long}/retry"] = Allow(Supervisor),
        ["POST /api/v1/privacy/export"] = Allow(Supervisor),
        ["POST /api/v1/privacy/erase"] = Allow(Supervisor),

        // Telephone system (the office's key in a header, never a user)
        ["POST /api/v1/telephony/events"] = OfficeKey,

        // Live queue hub (bearer token)
        ["ANY /hubs/queue"] = Allow(OfficeStaff),
        ["ANY /hubs/queue/negotiate"] = Allow(OfficeStaff),

        // Pages (sign-in cookie)
        ["GET,POST /"] = SignedIn,
        ["GET,POST /accedi"] = Anonymous,
        ["GET,POST /accesso-negato"] = Anonymous,
        ["GET,POST /avvio"] = Anonymous,
        ["GET,POST /Error"] = Anonymous,
        ["GET,POST /not-found"] = Anonymous,
        ["GET,POST /chiamata"] = Allow(FilesTickets),
        ["GET,POST /chiamate"] = Allow(PhoneOperator, Supervisor),
        ["GET,POST /coda"] = Allow(OfficeStaff),
        ["GET,POST /segnalazioni/{Id:long}"] = Allow(FilesTickets),
        ["GET,POST /supervisione"] = Allow(Supervisor),
        ["GET,POST /richiamate"] = Allow(BackOffice, Supervisor),
        ["GET,POST /supervisione/messaggi"] = Allow(Supervisor),
        ["GET,POST /patronato"] = Allow(Patronato),
        ["GET,POST /amministrazione/utenti"] = Allow(Admin),
        ["GET,POST /amministrazione/categorie"] = Allow(Admin),
        ["GET,POST /amministrazione/linee"] = Allow(Admin),
        ["GET,POST /privacy"] = Allow(Supervisor),
        ["GET,POST /registro-accessi"] = Allow(Auditor),
        ["GET,POST /registro-accessi/cittadino"] = Allow(Auditor),
        ["GET,POST /profilo"] = SignedIn,
        ["GET,POST /profilo/verifica-in-due-passaggi"] = SignedIn,
        ["GET,POST /accedi/codice"] = Anonymous,
        // GET /accedi/ente, the way to the institution's provider, is served only when Authentication:Oidc:Authority is set (Accounts/Oidc tests).
        ["GET,POST /accedi/ente/esito"] = Anonymous,
        ["GET /esci-per-inattivita"] = Anonymous,
        ["GET /sessione"] = SignedIn,

        // The rest of the site: sign-out, language, health, API description, Blazor's own plumbing
        ["POST /esci"] = Anonymous,
        ["POST /lingua"] = Anonymous,
        ["ANY /health/live"] = Anonymous,
        ["ANY /health/ready"] = Anonymous,
        ["GET /openapi/{documentName}.json"] = Anonymous,
        ["GET /{**path:file}"] = Anonymous,
        ["GET /_framework/opaque-redirect"] = Anonymous,
        // The circuit checks each page's own policy when it renders it, as the pages' rows above.
        ["ANY /_blazor"] = Anonymous,
        ["ANY /_blazor/negotiate"] = Anonymous,
        ["ANY /_blazor/disconnect"] = Anonymous,
        ["ANY /_blazor/initializers"] = Anonymous,
    };

    /// <summary>Values for the route parameters of the endpoints above; a new parameter needs one line here.</summary>
    public static string Sample(string parameter, MatrixTicket ticket) => parameter switch
    {
        "id" or "Id" => ticket.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "fiscalCode" => ticket.FiscalCode,
        "messageId" => "0",
        "documentName" => "v1",
        "path" => "nessun-file.txt",
        _ => throw new InvalidOperationException($"No sample value for the route parameter {{{parameter}}}: add one to Classification.Sample."),
    };
}

/// <summary>The ticket the matrix calls ticket endpoints on: one of the office, visible to every office role.</summary>
public sealed record MatrixTicket(long Id, string FiscalCode);
