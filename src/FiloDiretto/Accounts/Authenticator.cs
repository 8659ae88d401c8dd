using System.Text;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace FiloDiretto.Accounts;

/// <summary>What an authenticator app needs to be paired with a user: the key, as a QR code and as text.</summary>
public sealed record AuthenticatorPairing(string Key, string GroupedKey, string Uri, string QrCodeSvg);

/// <summary>Pairs a user with an authenticator app (TOTP, RFC 6238) and checks its codes.</summary>
public sealed class Authenticator(UserManager<AppUser> users)
{
    public const string Issuer = "FiloDiretto";
    private const int RecoveryCodes = 10;

    /// <summary>The user's pending or current key, created on first use.</summary>
    public async Task<AuthenticatorPairing> PairingAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }

        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.UserName!)}"
            + $"?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new AuthenticatorPairing(key, Grouped(key), uri, new SvgQRCode(data).GetGraphic(5));
    }

    /// <summary>Turns two-factor sign-in on if the code proves the app holds the key; then the recovery codes, shown once.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(AppUser user, string? code)
    {
        if (!await VerifyAsync(user, code))
        {
            return null;
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        return [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodes) ?? []];
    }

    public async Task<bool> VerifyAsync(AppUser user, string? code)
    {
        var digits = Normalise(code);
        return digits.Length > 0
            && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits);
    }

    /// <summary>People type codes with spaces or dashes, as their app shows them.</summary>
    public static string Normalise(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
