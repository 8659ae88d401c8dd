namespace FiloDiretto.Accounts;

/// <summary>Each user has exactly one role; names double as ASP.NET Core role claims.</summary>
public enum Role
{
    PhoneOperator,
    BackOffice,
    Supervisor,
    Counter,
    Patronato,
    Admin,
    Auditor,
}
