using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FiloDiretto.Data.Migrations.PostgreSql
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
                    OfficeId = table.Column<int>(type: "integer", nullable: false),
                    Seq = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    UserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Channel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RemoteAddress = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: true),
                    TicketId = table.Column<long>(type: "bigint", nullable: true),
                    CitizenDigest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CitizenMasked = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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
