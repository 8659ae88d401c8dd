using System.Text;
using FiloDiretto.Platform.Localisation;
using Microsoft.Extensions.Localization;

namespace FiloDiretto.Audit;

/// <summary>The log as CSV for the DPO's spreadsheet, with every cell inert: nothing a spreadsheet would run as a formula.</summary>
public static class AccessLogCsv
{
    public static string Write(IEnumerable<AccessLogRow> rows, IStringLocalizer labels, Vocabulary words)
    {
        var csv = new StringBuilder();
        Line(csv, ["Seq", "At", "Operator", "Role", "Action", "Channel", "RemoteAddress", "Ticket", "FiscalCode"], key => labels[$"Csv.{key}"]);
        foreach (var row in rows)
        {
            Line(csv, [
                row.Seq.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Formats.DateTime(row.At),
                row.UserName,
                words[row.Role],
                labels[$"AccessAction.{row.Action}"],
                row.Channel,
                row.RemoteAddress ?? "",
                row.TicketCode ?? "",
                row.CitizenMasked ?? "",
            ], cell => cell);
        }

        return csv.ToString();
    }

    /// <summary>Quoted, quotes doubled, and a leading = + - @ (or tab, CR) neutralised with an apostrophe (OWASP, CSV injection).</summary>
    public static string Cell(string value)
    {
        var inert = value.Length > 0 && "=+-@\t\r".Contains(value[0]) ? "'" + value : value;
        return $"\"{inert.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    private static void Line(StringBuilder csv, string[] cells, Func<string, string> text) =>
        csv.Append(string.Join(';', cells.Select(c => Cell(text(c))))).Append("\r\n");
}
