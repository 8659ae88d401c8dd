using System.Globalization;

using FiloDiretto.Citizens;

namespace FiloDiretto.Tests.Domain;

public class FiscalCodeTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    [Theory]
    [InlineData("CCCFBA85D03L219P", 'M', "1985-04-03", "L219")]
    [InlineData("BRNGNN71B26L219T", 'M', "1971-02-26", "L219")]
    [InlineData("GMBLSN84A05G674H", 'M', "1984-01-05", "G674")]
    [InlineData("MRTMRA83T56A269B", 'F', "1983-12-16", "A269")]
    [InlineData("TKKYKU87B68L219F", 'F', "1987-02-28", "L219")]
    [InlineData("PNLMHL79R27I158P", 'M', "1979-10-27", "I158")]
    [InlineData("QTRDRA71P13G388J", 'M', "1971-09-13", "G388")]
    [InlineData("RSSMRA68A01H501Y", 'M', "1968-01-01", "H501")]
    [InlineData("RSSMRA50B17A558W", 'M', "1950-02-17", "A558")]
    [InlineData("THDSDA95P08Z330H", 'M', "1995-09-08", "Z330")]
    [InlineData("BLSLGS84C22Z145O", 'M', "1984-03-22", "Z145")]
    [InlineData("FRNSST75D50A717N", 'F', "1975-04-10", "A717")]
    public void ValidCodeDecodesSexBirthDateAndBirthplace(string input, char sex, string birthDate, string birthplace)
    {
        FiscalCodeResult result = FiscalCode.Parse(input, Today);

        Assert.True(result.IsValid, result.Message);
        Assert.Null(result.Error);
        Assert.Equal(input, result.Code.Value);
        Assert.Equal(input, result.Code.Canonical);
        Assert.False(result.Code.IsNumeric);
        Assert.Equal(sex, result.Code.Sex);
        Assert.Equal(Day(birthDate), result.Code.BirthDate);
        Assert.Equal(birthplace, result.Code.BirthplaceCode);
    }

    [Theory]
    [InlineData("CCCFBA85D03L21VE")]
    [InlineData("CCCFBA85D03L2MVP")]
    [InlineData("CCCFBA85D03LNMVE")]
    [InlineData("CCCFBA85D0PLNMVA")]
    [InlineData("CCCFBA85DLPLNMVL")]
    [InlineData("CCCFBA8RDLPLNMVX")]
    [InlineData("CCCFBAURDLPLNMVU")]
    public void OmocodicVariantKeepsItsLettersButHasTheCanonicalCodeAndTheSameData(string input)
    {
        FiscalCode code = Parsed(input);

        Assert.Equal(input, code.Value);
        Assert.Equal("CCCFBA85D03L219P", code.Canonical);
        Assert.Equal(new DateOnly(1985, 4, 3), code.BirthDate);
        Assert.Equal('M', code.Sex);
        Assert.Equal("L219", code.BirthplaceCode);
    }

    [Fact]
    public void OmocodicCheckCharacterIsComputedOnTheLettersAsWritten()
    {
        FiscalCodeResult result = FiscalCode.Parse("CCCFBA85D03L21VP", Today);

        Assert.Equal(FiscalCodeError.CheckCharacter, result.Error);
        Assert.Equal("Il carattere di controllo è errato: atteso E, trovato P.", result.Message);
    }

    [Theory]
    [InlineData("CCC FBA 85 D03 L219 P")]
    [InlineData("CCC-FBA-85-D03-L219-P")]
    [InlineData("cccfba85d03l219p")]
    [InlineData("  ccc.fba.85.d03.l219.p\t")]
    public void SpacesHyphensDotsAndLowercaseAreNormalised(string input)
    {
        Assert.Equal("CCCFBA85D03L219P", Parsed(input).Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" - . ")]
    public void EmptyInputAsksForTheCode(string? input)
    {
        FiscalCodeResult result = FiscalCode.Parse(input, Today);

        Assert.False(result.IsValid);
        Assert.Equal(FiscalCodeError.Empty, result.Error);
        Assert.Equal("Inserire il codice fiscale.", result.Message);
    }

    [Fact]
    public void WrongCheckCharacterNamesTheExpectedLetter()
    {
        FiscalCodeResult result = FiscalCode.Parse("CCCFBA85D03L219B", Today);

        Assert.Null(result.Code);
        Assert.Equal(FiscalCodeError.CheckCharacter, result.Error);
        Assert.Equal("Il carattere di controllo è errato: atteso P, trovato B.", result.Message);
    }

    [Theory]
    [InlineData("CCCFBA85D03L219PP", 17)]
    [InlineData("CCCFBA85D03L219", 15)]
    [InlineData("1234567890", 10)]
    public void WrongLengthReportsTheLengthFound(string input, int length)
    {
        FiscalCodeResult result = FiscalCode.Parse(input, Today);

        Assert.Equal(FiscalCodeError.Length, result.Error);
        Assert.Equal($"La lunghezza deve essere di 16 caratteri (o 11 cifre): trovati {length}.", result.Message);
    }

    [Fact]
    public void CharactersOtherThanLettersAndDigitsAreRefused()
    {
        FiscalCodeResult result = FiscalCode.Parse("CCCFBA85D03L219!", Today);

        Assert.Equal(FiscalCodeError.Characters, result.Error);
        Assert.Equal("Il carattere '!' non è ammesso: usare solo lettere e cifre.", result.Message);
    }

    [Theory]
    [InlineData("CCC1BA85D03L219P", "Il carattere in 4ª posizione (nome) deve essere una lettera: trovato '1'.")]
    [InlineData("CCCFBA8AD03L219P", "Il carattere in 8ª posizione (anno di nascita) deve essere una cifra (o una lettera di omocodia: L, M, N, P, Q, R, S, T, U, V): trovato 'A'.")]
    [InlineData("CCCFBA85D0AL219P", "Il carattere in 11ª posizione (giorno di nascita) deve essere una cifra (o una lettera di omocodia: L, M, N, P, Q, R, S, T, U, V): trovato 'A'.")]
    [InlineData("CCCFBA85D03L2B9P", "Il carattere in 14ª posizione (luogo di nascita) deve essere una cifra (o una lettera di omocodia: L, M, N, P, Q, R, S, T, U, V): trovato 'B'.")]
    [InlineData("CCCFBA85D03L2195", "L'ultimo carattere (carattere di controllo) deve essere una lettera: trovato '5'.")]
    public void MisplacedLetterOrDigitNamesThePosition(string input, string message)
    {
        FiscalCodeResult result = FiscalCode.Parse(input, Today);

        Assert.Equal(FiscalCodeError.Structure, result.Error);
        Assert.Equal(message, result.Message);
    }

    [Fact]
    public void InvalidMonthLetterListsTheValidOnes()
    {
        FiscalCodeResult result = FiscalCode.Parse("CCCFBA85X03L219P", Today);

        Assert.Equal(FiscalCodeError.Month, result.Error);
        Assert.Equal("Il mese 'X' (9º carattere) non è valido: usare A, B, C, D, E, H, L, M, P, R, S, T.", result.Message);
    }

    [Theory]
    [InlineData("CCCFBA85D00L219P", "00")]
    [InlineData("CCCFBA85D32L219Q", "32")]
    [InlineData("CCCFBA85D72L219U", "72")]
    public void DayOutsideBothRangesIsRefused(string input, string day)
    {
        FiscalCodeResult result = FiscalCode.Parse(input, Today);

        Assert.Equal(FiscalCodeError.Day, result.Error);
        Assert.Equal($"Il giorno di nascita {day} non è valido (01–31 per gli uomini, 41–71 per le donne).", result.Message);
    }

    [Theory]
    [InlineData("CCCFBA85B31L219E", "La data di nascita 31/02/1985 non esiste.")]
    [InlineData("RSSMRA01B29H501Z", "La data di nascita 29/02/2001 non esiste.")]
    public void DateThatDoesNotExistIsRefused(string input, string message)
    {
        FiscalCodeResult result = FiscalCode.Parse(input, Today);

        Assert.Equal(FiscalCodeError.Date, result.Error);
        Assert.Equal(message, result.Message);
    }

    [Fact]
    public void LeapDayOfALeapYearIsAccepted()
    {
        Assert.Equal(new DateOnly(2000, 2, 29), Parsed("RSSMRA00B29H501Y").BirthDate);
    }

    [Theory]
    [InlineData("CCCFBA85D03L000Q", "Il codice del luogo di nascita L000 non è valido: le tre cifre non possono essere 000.")]
    [InlineData("CCCFBA85D03K219O", "Il carattere in 12ª posizione (luogo di nascita) deve essere una lettera da A a I, L, M oppure Z: trovato 'K'.")]
    public void ImpossibleBirthplaceIsRefused(string input, string message)
    {
        FiscalCodeResult result = FiscalCode.Parse(input, Today);

        Assert.Equal(FiscalCodeError.Birthplace, result.Error);
        Assert.Equal(message, result.Message);
    }

    [Theory]
    [InlineData("RSSMRA26A01H501M", "2026-06-15", "2026-01-01")]
    [InlineData("RSSMRA26T01H501Z", "2026-06-15", "1926-12-01")]
    [InlineData("RSSMRA30A01H501I", "2026-06-15", "1930-01-01")]
    [InlineData("RSSMRA30A01H501I", "2030-01-01", "2030-01-01")]
    [InlineData("RSSMRA68A01H501Y", "2026-06-15", "1968-01-01")]
    public void CenturyIsTheMostRecentThatPutsTheBirthDateNotAfterToday(string input, string today, string birthDate)
    {
        FiscalCode code = FiscalCode.Parse(input, Day(today)).Code!;

        Assert.Equal(Day(birthDate), code.BirthDate);
    }

    [Theory]
    [InlineData("80078750587")]
    [InlineData("12345678903")]
    public void NumericCodeWithTheRightCheckDigitIsValid(string input)
    {
        FiscalCode code = Parsed(input);

        Assert.True(code.IsNumeric);
        Assert.Equal(input, code.Value);
        Assert.Equal(input, code.Canonical);
        Assert.Null(code.BirthDate);
        Assert.Null(code.Sex);
        Assert.Null(code.BirthplaceCode);
    }

    [Fact]
    public void NumericCodeWithAWrongCheckDigitNamesTheExpectedDigit()
    {
        FiscalCodeResult result = FiscalCode.Parse("12345678901", Today);

        Assert.Equal(FiscalCodeError.NumericCheckDigit, result.Error);
        Assert.Equal("L'ultima cifra (cifra di controllo) è errata: attesa 3, trovata 1.", result.Message);
    }

    [Fact]
    public void ElevenCharactersWithALetterIsNotANumericCode()
    {
        FiscalCodeResult result = FiscalCode.Parse("1234567890A", Today);

        Assert.Equal(FiscalCodeError.Characters, result.Error);
        Assert.Equal("Il codice fiscale di 11 caratteri deve contenere solo cifre: in 11ª posizione c'è 'A'.", result.Message);
    }

    [Theory]
    [InlineData("CCCFBA85D03L219P", "CCC************P")]
    [InlineData("CCCFBAURDLPLNMVU", "CCC************U")]
    [InlineData("80078750587", "800*******7")]
    public void MaskedHidesEverythingThatRevealsBirthDateSexAndPlace(string input, string masked)
    {
        Assert.Equal(masked, Parsed(input).Masked);
    }

    [Fact]
    public void TryParseReturnsTheCodeOnlyWhenValid()
    {
        Assert.True(FiscalCode.TryParse("ccc fba 85 d03 l219 p", Today, out FiscalCode? code));
        Assert.Equal("CCCFBA85D03L219P", code.ToString());

        Assert.False(FiscalCode.TryParse("CCCFBA85D03L219B", Today, out FiscalCode? invalid));
        Assert.Null(invalid);
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static FiscalCode Parsed(string input)
    {
        FiscalCodeResult result = FiscalCode.Parse(input, Today);
        Assert.True(result.IsValid, result.Message);
        return result.Code;
    }
}
