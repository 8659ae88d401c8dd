using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FiloDiretto.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccessLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccessLogEntries",
                columns: table => new
                {
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Seq = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RemoteAddress = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true),
                    TicketId = table.Column<long>(type: "INTEGER", nullable: true),
                    CitizenDigest = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CitizenMasked = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessLogEntries", x => new { x.OfficeId, x.Seq });
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLogEntries_OfficeId_At",
                table: "AccessLogEntries",
                columns: new[] { "OfficeId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLogEntries_OfficeId_CitizenDigest",
                table: "AccessLogEntries",
                columns: new[] { "OfficeId", "CitizenDigest" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLogEntries_OfficeId_UserId_At",
                table: "AccessLogEntries",
                columns: new[] { "OfficeId", "UserId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccessLogEntries");
        }
    }
}
