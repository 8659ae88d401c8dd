using FiloDiretto.Categories;
using FiloDiretto.Intake;

namespace FiloDiretto.Tests.Intake;

public class CategorySearchTests
{
    private static readonly CategorySearch Search = new(DefaultCategories.For(1));

    [Theory]
    [InlineData("verb", "VERB_NR")]
    [InlineData("VERBALE non", "VERB_NR")]
    [InlineData("pag arr", "PAG")]
    [InlineData("intrasportabilita", "VISITA_DOM")]
    [InlineData("INTRASPORTABILITÀ", "VISITA_DOM")]
    [InlineData("ap70", "AP70")]
    [InlineData("conv_nr", "CONV_NR")]
    [InlineData("104", "L104_L68")]
    public void FindsByTheBeginningOfWordsOfTheCodeOrLabelIgnoringCaseAndAccents(string query, string expected) =>
        Assert.Contains(expected, Search.Find(query).Select(c => c.Code));

    [Fact]
    public void EveryWordTypedMustMatch()
    {
        var found = Search.Find("verbale errore").Select(c => c.Code).ToList();

        Assert.Equal(["VERB_ERR"], found);
    }

    [Fact]
    public void AWordMatchesOnlyAtItsBeginning() => Assert.Empty(Search.Find("gamento"));

    [Fact]
    public void AnExactCodeComesBeforeLabelsThatMatchToo()
    {
        var search = new CategorySearch(
        [
            new Category { Code = "PAG", Label = "Pagamento non arrivato" },
            new Category { Code = "ARR", Label = "Arretrati del pagamento" },
        ]);

        Assert.Equal(["PAG", "ARR"], search.Find("pag").Select(c => c.Code));
        Assert.Equal(["ARR", "PAG"], search.Find("").Select(c => c.Code));
    }

    [Fact]
    public void NothingTypedListsEveryCategoryByLabel()
    {
        var labels = Search.Find("  ").Select(c => c.Label).ToList();

        Assert.Equal(DefaultCategories.For(1).Count, labels.Count);
        Assert.Equal("Altro / non di competenza", labels[0]);
    }

    [Fact]
    public void ByCodeFindsOnlyAWholeCode()
    {
        Assert.Equal("PAG", Search.ByCode(" pag ")?.Code);
        Assert.Null(Search.ByCode("pa"));
    }
}
