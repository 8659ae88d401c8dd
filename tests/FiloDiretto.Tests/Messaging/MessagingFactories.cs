using FiloDiretto.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using netDumbster.smtp;

namespace FiloDiretto.Tests.Messaging;

/// <summary>The app writing to a real SMTP server and a real SMS gateway, both on loopback and both owned by the factory.</summary>
public interface IMessagingApp
{
    SimpleSmtpServer Mailbox { get; }

    SmsSink Sms { get; }
}

internal static class MessagingSettings
{
    /// <summary>What the mailbox received; netDumbster copies its list while its server thread may append, so a racing copy is read again.</summary>
    public static IReadOnlyList<SmtpMessage> Received(this IMessagingApp app)
    {
        while (true)
        {
            try
            {
                return app.Mailbox.ReceivedEmail;
            }
            catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException)
            {
                // The server appended during the copy: the next read is consistent.
            }
        }
    }

    public const int MaxAttempts = 3;
    public const string OfficePhone = "+39 0773 123456";

    public static void Apply(IWebHostBuilder builder, IMessagingApp app)
    {
        builder.UseSetting("Messaging:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Messaging:Smtp:Port", app.Mailbox.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Messaging:Smtp:UseTls", "false");
        builder.UseSetting("Messaging:Smtp:From", "linea@lt.inps.example");
        builder.UseSetting("Messaging:Sms:Url", app.Sms.Url);
        builder.UseSetting("Messaging:Sms:Key", SmsSink.Key);
        builder.UseSetting("Messaging:MaxAttempts", MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Messaging:FirstRetry", "00:01:00");
        builder.UseSetting("Messaging:OfficePhone", OfficePhone);
        builder.UseSetting("Callbacks:MaxFailedAttempts", "1");
    }
}

public sealed class MessagingSqliteFactory : SqliteFactory, IMessagingApp
{
    public SimpleSmtpServer Mailbox { get; } = SimpleSmtpServer.Start();

    public SmsSink Sms { get; } = new();

    public override async Task InitializeAsync()
    {
        await Sms.StartAsync();
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        MessagingSettings.Apply(builder, this);
    }

    protected override async Task DisposeDatabaseAsync()
    {
        await base.DisposeDatabaseAsync();
        Mailbox.Dispose();
        await Sms.DisposeAsync();
    }
}

public sealed class MessagingPostgresFactory : PostgresFactory, IMessagingApp
{
    public SimpleSmtpServer Mailbox { get; } = SimpleSmtpServer.Start();

    public SmsSink Sms { get; } = new();

    public override async Task InitializeAsync()
    {
        await Sms.StartAsync();
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        MessagingSettings.Apply(builder, this);
    }

    protected override async Task DisposeDatabaseAsync()
    {
        await base.DisposeDatabaseAsync();
        Mailbox.Dispose();
        await Sms.DisposeAsync();
    }
}
