using FiloDiretto.Audit;

namespace FiloDiretto.Tests.Audit;

public sealed class AccessLogCsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+39 347", "\"'+39 347\"")]
    [InlineData("-1", "\"'-1\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("Laura Pace; <script>", "\"Laura Pace; <script>\"")]
    [InlineData("", "\"\"")]
    public void EveryCellIsQuotedAndNoneStartsAsAFormula(string value, string cell) =>
        Assert.Equal(cell, AccessLogCsv.Cell(value));
}
