using FiloDiretto.Intake;

namespace FiloDiretto.Tests.Intake;

public class BirthplacesTests
{
    [Theory]
    [InlineData("E472", "Latina (LT)")]
    [InlineData("H501", "Roma (RM)")]
    [InlineData("A341", "Aprilia (LT)")]
    [InlineData("h501", "Roma (RM)")]
    [InlineData("Z330", "Marocco")]
    [InlineData("Z404", "Stati Uniti d'America")]
    public void ACodeNamesItsComuneWithTheProvinceOrItsForeignState(string code, string expected) =>
        Assert.Equal(expected, Birthplaces.Describe(code));

    [Fact]
    public void AComuneThatNoLongerExistsKeepsItsLastName() =>
        Assert.Equal("Abbadia Sopra Adda (CO)", Birthplaces.Describe("A002"));

    [Fact]
    public void AnUnknownCodeHasNoName() => Assert.Null(Birthplaces.Describe("Z999"));
}
