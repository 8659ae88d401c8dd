using FiloDiretto.Accounts;
using FiloDiretto.Audit;
using FiloDiretto.Callbacks;
using FiloDiretto.Categories;
using FiloDiretto.Messaging;
using FiloDiretto.Offices;
using FiloDiretto.Telephony;
using FiloDiretto.Tickets;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FiloDiretto.Data;

/// <summary>The one model; each database engine derives its own context so that it keeps its own migrations.</summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityUserContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>The key ring shared by every node, so a sign-in made on one node is honoured by all.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Office> Offices => Set<Office>();
    public DbSet<OfficeClosure> OfficeClosures => Set<OfficeClosure>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<PhoneLine> PhoneLines => Set<PhoneLine>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Ticket> Tickets => Set<Ticket>();
    public DbSet<TicketEvent> TicketEvents => Set<TicketEvent>();
    public DbSet<Counter> Counters => Set<Counter>();
    public DbSet<AccessLogEntry> AccessLogEntries => Set<AccessLogEntry>();
    public DbSet<Callback> Callbacks => Set<Callback>();
    public DbSet<CallbackAttempt> CallbackAttempts => Set<CallbackAttempt>();
    public DbSet<Message> Messages => Set<Message>();
    public DbSet<MessageTemplate> MessageTemplates => Set<MessageTemplate>();
    public DbSet<PhoneCall> Calls => Set<PhoneCall>();
    public DbSet<PhoneCallTicket> CallTickets => Set<PhoneCallTicket>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is UTC; SQLite hands DateTime back unspecified, PostgreSQL demands Kind=Utc.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<AppUser>(u =>
        {
            u.Property(x => x.DisplayName).HasMaxLength(100);
            u.HasIndex(x => x.OfficeId);
        });

        builder.Entity<Office>(o =>
        {
            o.Property(x => x.Code).HasMaxLength(8);
            o.Property(x => x.Name).HasMaxLength(200);
            o.HasIndex(x => x.Code).IsUnique();
            o.HasMany(x => x.Closures).WithOne().HasForeignKey(x => x.OfficeId);
        });

        builder.Entity<OfficeClosure>(c =>
        {
            c.Property(x => x.Reason).HasMaxLength(200);
            c.HasIndex(x => new { x.OfficeId, x.Day }).IsUnique();
        });

        builder.Entity<Organisation>(o =>
        {
            o.Property(x => x.Code).HasMaxLength(20);
            o.Property(x => x.Name).HasMaxLength(200);
            o.HasIndex(x => new { x.OfficeId, x.Code }).IsUnique();
        });

        builder.Entity<PhoneLine>(l =>
        {
            l.Property(x => x.Name).HasMaxLength(100);
            l.Property(x => x.Phone).HasMaxLength(20);
            l.HasIndex(x => new { x.OfficeId, x.Number }).IsUnique();
            l.ComplexCollection(x => x.Hours, h => h.ToJson());
        });

        builder.Entity<PhoneCall>(c =>
        {
            c.Property(x => x.ExternalId).HasMaxLength(RecordCtiEvent.MaxCallIdLength);
            c.Property(x => x.OperatorId).HasMaxLength(450);
            c.Property(x => x.OperatorName).HasMaxLength(100);
            c.Property(x => x.Citizen).HasMaxLength(20);
            c.Property(x => x.HangupCause).HasMaxLength(20);
            c.Property(x => x.Version).IsConcurrencyToken();
            c.HasIndex(x => new { x.OfficeId, x.ExternalId }).IsUnique();
            c.HasIndex(x => new { x.OfficeId, x.StartedAt });
            c.HasIndex(x => new { x.OperatorId, x.UpdatedAt });
            c.HasMany(x => x.Tickets).WithOne().HasForeignKey(x => x.CallId);
            c.Ignore(x => x.WaitingSeconds);
            c.Ignore(x => x.TalkingSeconds);
        });

        builder.Entity<PhoneCallTicket>(t =>
        {
            t.HasKey(x => new { x.CallId, x.TicketId });
            t.HasIndex(x => x.TicketId);
            t.HasOne<Ticket>().WithMany().HasForeignKey(x => x.TicketId);
        });

        builder.Entity<Category>(c =>
        {
            c.Property(x => x.Code).HasMaxLength(20);
            c.Property(x => x.Label).HasMaxLength(200);
            c.HasIndex(x => new { x.OfficeId, x.Code }).IsUnique();
        });

        builder.Entity<Ticket>(t =>
        {
            t.Property(x => x.Code).HasMaxLength(24);
            t.Property(x => x.FiscalCode).HasMaxLength(16);
            t.Property(x => x.FiscalCodeKey).HasMaxLength(16);
            t.Property(x => x.Surname).HasMaxLength(100);
            t.Property(x => x.GivenName).HasMaxLength(100);
            t.Property(x => x.Phone).HasMaxLength(20);
            t.Property(x => x.Email).HasMaxLength(254);
            t.Property(x => x.WrittenConsentBy).HasMaxLength(100);
            t.Property(x => x.ApplicationNumber).HasMaxLength(50);
            t.Property(x => x.Description).HasMaxLength(Ticket.MaxDescriptionLength);
            t.Property(x => x.Feedback).HasMaxLength(Ticket.MaxTextLength);
            t.Property(x => x.CreatedById).HasMaxLength(450);
            t.Property(x => x.HolderId).HasMaxLength(450);
            t.Property(x => x.HolderName).HasMaxLength(100);
            t.Property(x => x.Version).IsConcurrencyToken();
            t.HasIndex(x => x.Code).IsUnique();
            t.HasIndex(x => new { x.OfficeId, x.Year, x.Number }).IsUnique();
            t.HasIndex(x => new { x.OfficeId, x.Status, x.Area, x.DueAt });
            t.HasIndex(x => new { x.OfficeId, x.DueAt, x.Id });
            t.HasIndex(x => new { x.OfficeId, x.FiscalCodeKey });
            t.HasIndex(x => new { x.OfficeId, x.Phone });
            t.HasIndex(x => new { x.OfficeId, x.HolderId });
            t.Property(x => x.IdempotencyKey).HasMaxLength(100);
            t.Property(x => x.RequestHash).HasMaxLength(64);
            t.Property(x => x.LegalHoldById).HasMaxLength(450);
            t.Property(x => x.LegalHoldByName).HasMaxLength(100);
            t.Property(x => x.LegalHoldReason).HasMaxLength(500);
            // The constraint, not a prior check, decides that one key makes one ticket (NULLs never collide).
            t.HasIndex(x => new { x.CreatedById, x.IdempotencyKey }).IsUnique();
            t.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.TicketId);
            t.Ignore(x => x.IsOpen);
        });

        builder.Entity<TicketEvent>(e =>
        {
            e.HasKey(x => new { x.OfficeId, x.Seq });
            e.Property(x => x.Seq).ValueGeneratedNever();
            e.Property(x => x.ByUserId).HasMaxLength(450);
            e.Property(x => x.ByName).HasMaxLength(100);
            e.Property(x => x.Text).HasMaxLength(Ticket.MaxTextLength);
            e.Property(x => x.Detail).HasMaxLength(200);
            e.HasIndex(x => new { x.TicketId, x.Seq });
        });

        builder.Entity<Callback>(c =>
        {
            c.Property(x => x.HolderId).HasMaxLength(450);
            c.Property(x => x.HolderName).HasMaxLength(100);
            c.Property(x => x.Phone).HasMaxLength(20);
            c.Property(x => x.Purpose).HasMaxLength(Callback.MaxPurposeLength);
            c.HasOne(x => x.Ticket).WithMany().HasForeignKey(x => x.TicketId);
            c.HasMany(x => x.Attempts).WithOne().HasForeignKey(x => x.CallbackId);
            c.HasIndex(x => new { x.TicketId, x.State });
            c.HasIndex(x => new { x.OfficeId, x.State, x.WindowStart });
            c.HasIndex(x => new { x.OfficeId, x.HolderId, x.State });
            c.HasIndex(x => new { x.OfficeId, x.CreatedAt });
            c.Ignore(x => x.Hours);
        });

        builder.Entity<CallbackAttempt>(a =>
        {
            a.Property(x => x.Note).HasMaxLength(Ticket.MaxTextLength);
            a.Property(x => x.ByUserId).HasMaxLength(450);
            a.Property(x => x.ByName).HasMaxLength(100);
        });
        builder.ConfigureMessaging();

        builder.Entity<Counter>(c =>
        {
            c.HasKey(x => x.Name);
            c.Property(x => x.Name).HasMaxLength(64);
        });

        builder.Entity<AccessLogEntry>(AccessLogModel.Configure);
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
