namespace FiloDiretto.Accounts;

/// <summary>The <c>Accounts</c> section of the configuration.</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";
    public const string RequireTwoFactorKey = Section + ":" + nameof(RequireTwoFactor);

    /// <summary>Supervisors, administrators, auditors and patronato clerks must sign in with an authenticator app.</summary>
    public bool RequireTwoFactor { get; set; } = true;

    /// <summary>A page session with no activity for this long is signed out.</summary>
    public double IdleTimeoutMinutes { get; set; } = 30;

    public TimeSpan IdleTimeout => TimeSpan.FromMinutes(IdleTimeoutMinutes);

    /// <summary>Roles that see across people or offices: their passwords alone are not enough.</summary>
    public bool MustUseTwoFactor(Role role) =>
        RequireTwoFactor && role is Role.Supervisor or Role.Admin or Role.Auditor or Role.Patronato;
}
