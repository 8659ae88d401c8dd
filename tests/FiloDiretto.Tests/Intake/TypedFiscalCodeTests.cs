using FiloDiretto.Intake;

namespace FiloDiretto.Tests.Intake;

public class TypedFiscalCodeTests
{
    private static readonly DateOnly Today = new(2026, 4, 20);

    [Theory]
    [InlineData("")]
    [InlineData("RSSMRA")]
    [InlineData("RSSMRAL")] // an omocodia letter where a digit goes
    [InlineData("rss mra 68a01 h50")]
    [InlineData("RSSMRA68A01")] // 11 characters: not the numeric form, but a personal code half typed
    [InlineData("0123456789")] // a numeric code, one digit short
    public void WhatCanStillBecomeACodeGetsNoReasonWhileTyping(string input) =>
        Assert.Equal((null, null), TypedFiscalCode.Check(input, Today, finished: false));

    [Theory]
    [InlineData("RSSMRA68A01H501Z", "Il carattere di controllo è errato: atteso Y, trovato Z.")]
    [InlineData("RSSMRA68A01H501YX", "La lunghezza deve essere di 16 caratteri (o 11 cifre): trovati 17.")]
    [InlineData("RSS*RA", "Il carattere '*' non è ammesso: usare solo lettere e cifre.")]
    [InlineData("01234567891", "L'ultima cifra (cifra di controllo) è errata: attesa 7, trovata 1.")]
    public void AWrongCodeShowsItsReasonAtOnce(string input, string reason) =>
        Assert.Equal((null, reason), TypedFiscalCode.Check(input, Today, finished: false));

    [Theory]
    [InlineData("RSSMRAX", "7ª posizione")]
    [InlineData("RSSMRA68K", "Il mese 'K'")]
    [InlineData("RSSMRA68A9", "Il giorno di nascita 91")]
    [InlineData("RSSMRA68A01Q", "12ª posizione")]
    public void ABeginningNoEndingCanMakeRightShowsTheReasonForWhatIsTyped(string input, string reason)
    {
        var (code, shown) = TypedFiscalCode.Check(input, Today, finished: false);

        Assert.Null(code);
        Assert.Contains(reason, shown, StringComparison.Ordinal);
    }

    [Fact]
    public void LeavingTheFieldShowsThatTheCodeIsShort() =>
        Assert.Equal(
            (null, "La lunghezza deve essere di 16 caratteri (o 11 cifre): trovati 6."),
            TypedFiscalCode.Check("RSSMRA", Today, finished: true));

    [Fact]
    public void AnEmptyFieldIsLeftForTheSubmissionToReport() =>
        Assert.Equal((null, null), TypedFiscalCode.Check("  ", Today, finished: true));

    [Fact]
    public void AValidCodeIsDecoded()
    {
        var (code, reason) = TypedFiscalCode.Check("rssmra68a01h501y", Today, finished: false);

        Assert.Null(reason);
        Assert.Equal(("RSSMRA68A01H501Y", new DateOnly(1968, 1, 1), 'M', "H501"), (code!.Value, code.BirthDate, code.Sex, code.BirthplaceCode));
    }
}
