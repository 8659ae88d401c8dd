using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FiloDiretto.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Telephony : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Area",
                table: "PhoneLines",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hours",
                table: "PhoneLines",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            // Lines that existed before opening hours keep the seed practice's week (PhoneLine.DefaultHours) instead of none.
            migrationBuilder.Sql("""UPDATE "PhoneLines" SET "Hours" = '[{"Day":"Monday","From":"08:30:00.0000000","To":"12:30:00.0000000"},{"Day":"Tuesday","From":"08:30:00.0000000","To":"12:30:00.0000000"},{"Day":"Wednesday","From":"08:30:00.0000000","To":"12:30:00.0000000"},{"Day":"Thursday","From":"08:30:00.0000000","To":"12:30:00.0000000"},{"Day":"Friday","From":"08:30:00.0000000","To":"12:30:00.0000000"}]'""");

            migrationBuilder.AddColumn<string>(
                name: "OperatorIds",
                table: "PhoneLines",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "Calls",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: true),
                    OperatorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    OperatorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Citizen = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HangupCause = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Calls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CallTickets",
                columns: table => new
                {
                    CallId = table.Column<long>(type: "INTEGER", nullable: false),
                    TicketId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallTickets", x => new { x.CallId, x.TicketId });
                    table.ForeignKey(
                        name: "FK_CallTickets_Calls_CallId",
                        column: x => x.CallId,
                        principalTable: "Calls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CallTickets_Tickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "Tickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Calls_OfficeId_ExternalId",
                table: "Calls",
                columns: new[] { "OfficeId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Calls_OfficeId_StartedAt",
                table: "Calls",
                columns: new[] { "OfficeId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Calls_OperatorId_UpdatedAt",
                table: "Calls",
                columns: new[] { "OperatorId", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CallTickets_TicketId",
                table: "CallTickets",
                column: "TicketId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CallTickets");

            migrationBuilder.DropTable(
                name: "Calls");

            migrationBuilder.DropColumn(
                name: "Area",
                table: "PhoneLines");

            migrationBuilder.DropColumn(
                name: "Hours",
                table: "PhoneLines");

            migrationBuilder.DropColumn(
                name: "OperatorIds",
                table: "PhoneLines");
        }
    }
}
