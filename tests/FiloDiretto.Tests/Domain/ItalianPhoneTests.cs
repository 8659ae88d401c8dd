using FiloDiretto.Citizens;

namespace FiloDiretto.Tests.Domain;

public class ItalianPhoneTests
{
    [Theory]
    [InlineData("347 123 4567")]
    [InlineData("3471234567")]
    [InlineData("+39 347 123 4567")]
    [InlineData("+393471234567")]
    [InlineData("0039 347 1234567")]
    [InlineData("347/123.45-67")]
    public void ItalianMobileInAnyCommonWritingIsStoredInE164(string input)
    {
        ItalianPhoneResult result = ItalianPhone.Parse(input);

        Assert.True(result.IsValid, result.Message);
        Assert.Null(result.Message);
        Assert.Equal("+393471234567", result.Phone.E164);
        Assert.True(result.Phone.IsMobile);
    }

    [Theory]
    [InlineData("0773 123456")]
    [InlineData("0773/123456")]
    [InlineData("(0773) 123.456")]
    [InlineData("+39 0773 123456")]
    [InlineData("0039 0773 123456")]
    public void LatinaLandlineKeepsItsLeadingZeroAfterTheCountryCode(string input)
    {
        ItalianPhone phone = Parsed(input);

        Assert.Equal("+390773123456", phone.E164);
        Assert.False(phone.IsMobile);
    }

    [Fact]
    public void RomeLandlineIsNotMobile()
    {
        ItalianPhone phone = Parsed("06 1234567");

        Assert.Equal("+39061234567", phone.E164);
        Assert.False(phone.IsMobile);
    }

    [Theory]
    [InlineData("+44 7911 123456", "+447911123456", true)]
    [InlineData("0044 20 7946 0958", "+442079460958", false)]
    [InlineData("+1 650 253 0000", "+16502530000", true)]
    public void ForeignNumberOfACitizenAbroadIsAccepted(string input, string e164, bool isMobile)
    {
        ItalianPhone phone = Parsed(input);

        Assert.Equal(e164, phone.E164);
        Assert.Equal(isMobile, phone.IsMobile);
    }

    [Theory]
    [InlineData(null, "Inserire il numero di telefono.")]
    [InlineData("   ", "Inserire il numero di telefono.")]
    [InlineData("12345", "Il numero è troppo corto: mancano delle cifre.")]
    [InlineData("347ABC4567", "Il carattere 'A' non è ammesso: usare solo cifre, spazi e i simboli + / - . ( ).")]
    [InlineData("+39", "Il testo inserito non è un numero di telefono.")]
    [InlineData("+999 1234567", "Il prefisso internazionale non è valido.")]
    [InlineData("0773 12345678901", "Il numero è troppo lungo: ci sono cifre in più.")]
    [InlineData("899 123456", "I numeri a pagamento (come 899 o 892) non sono ammessi come recapito.")]
    public void InvalidNumberIsRefusedWithAReason(string? input, string message)
    {
        ItalianPhoneResult result = ItalianPhone.Parse(input);

        Assert.False(result.IsValid);
        Assert.Null(result.Phone);
        Assert.Equal(message, result.Message);
    }

    [Theory]
    [InlineData("347 123 4567", "+39 347 *** **67")]
    [InlineData("0773 123456", "+39 0773 ****56")]
    [InlineData("+1 650 253 0000", "+1 650-***-**00")]
    public void MaskedKeepsCountryCodeFirstGroupAndLastTwoDigits(string input, string masked)
    {
        Assert.Equal(masked, Parsed(input).Masked);
    }

    [Fact]
    public void MaskedOfAValueLibphonenumberCannotReadStillHidesAllButTheTail()
    {
        Assert.Equal("+*******67", new ItalianPhone("+000000067", false).Masked);
    }

    [Fact]
    public void TryParseReturnsThePhoneOnlyWhenValid()
    {
        Assert.True(ItalianPhone.TryParse("347 123 4567", out ItalianPhone? phone));
        Assert.Equal(new ItalianPhone("+393471234567", true), phone);

        Assert.False(ItalianPhone.TryParse("12345", out ItalianPhone? invalid));
        Assert.Null(invalid);
    }

    private static ItalianPhone Parsed(string input)
    {
        ItalianPhoneResult result = ItalianPhone.Parse(input);
        Assert.True(result.IsValid, result.Message);
        return result.Phone;
    }
}
