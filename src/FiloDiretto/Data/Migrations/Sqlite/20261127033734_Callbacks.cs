using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FiloDiretto.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Callbacks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Callbacks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    TicketId = table.Column<long>(type: "INTEGER", nullable: false),
                    HolderId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReachableDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ReachableFrom = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    ReachableTo = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    WindowStart = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WindowEnd = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CallAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FailedAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FirstOutcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ReachedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EscalatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DueAlertedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OverdueAlertedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Callbacks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Callbacks_Tickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "Tickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CallbackAttempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CallbackId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallbackAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallbackAttempts_Callbacks_CallbackId",
                        column: x => x.CallbackId,
                        principalTable: "Callbacks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CallbackAttempts_CallbackId",
                table: "CallbackAttempts",
                column: "CallbackId");

            migrationBuilder.CreateIndex(
                name: "IX_Callbacks_OfficeId_CreatedAt",
                table: "Callbacks",
                columns: new[] { "OfficeId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Callbacks_OfficeId_HolderId_State",
                table: "Callbacks",
                columns: new[] { "OfficeId", "HolderId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Callbacks_OfficeId_State_WindowStart",
                table: "Callbacks",
                columns: new[] { "OfficeId", "State", "WindowStart" });

            migrationBuilder.CreateIndex(
                name: "IX_Callbacks_TicketId_State",
                table: "Callbacks",
                columns: new[] { "TicketId", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CallbackAttempts");

            migrationBuilder.DropTable(
                name: "Callbacks");
        }
    }
}
