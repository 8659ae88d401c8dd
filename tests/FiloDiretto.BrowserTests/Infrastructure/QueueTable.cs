namespace FiloDiretto.BrowserTests.Infrastructure;

public static class QueueTable
{
    public static ILocator Rows(this IPage page) => page.Locator("table.queue tbody tr[data-code]");

    public static ILocator Row(this IPage page, string code) => page.Locator($"table.queue tbody tr[data-code='{code}']");

    /// <summary>The cell of <paramref name="row"/> under the column headed <paramref name="header"/>.</summary>
    public static async Task<ILocator> CellAsync(this IPage page, ILocator row, string header)
    {
        var headers = await page.Locator("table.queue thead th").AllInnerTextsAsync();
        var index = headers.Select(h => h.Trim()).ToList().IndexOf(header);
        Assert.True(index >= 0, $"No column '{header}' in the queue: {string.Join(" | ", headers)}.");
        return row.Locator("td").Nth(index);
    }

    /// <summary>The texts of one column, every row.</summary>
    public static async Task<IReadOnlyList<string>> ColumnAsync(this IPage page, string header)
    {
        var headers = await page.Locator("table.queue thead th").AllInnerTextsAsync();
        var index = headers.Select(h => h.Trim()).ToList().IndexOf(header);
        Assert.True(index >= 0, $"No column '{header}' in the queue: {string.Join(" | ", headers)}.");
        return await page.Rows().EvaluateAllAsync<string[]>($"rs => rs.map(r => r.cells[{index}].innerText.trim())");
    }
}
