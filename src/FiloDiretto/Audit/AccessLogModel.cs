using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FiloDiretto.Audit;

public static class AccessLogModel
{
    public static void Configure(EntityTypeBuilder<AccessLogEntry> e)
    {
        e.HasKey(x => new { x.OfficeId, x.Seq });
        e.Property(x => x.Seq).ValueGeneratedNever();
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.UserName).HasMaxLength(100);
        e.Property(x => x.Channel).HasMaxLength(200);
        e.Property(x => x.RemoteAddress).HasMaxLength(45);
        e.Property(x => x.CitizenDigest).HasMaxLength(64);
        e.Property(x => x.CitizenMasked).HasMaxLength(16);
        e.Property(x => x.PreviousHash).HasMaxLength(64);
        e.Property(x => x.Hash).HasMaxLength(64);
        e.HasIndex(x => new { x.OfficeId, x.CitizenDigest });
        e.HasIndex(x => new { x.OfficeId, x.UserId, x.At });
        e.HasIndex(x => new { x.OfficeId, x.At });
    }
}
