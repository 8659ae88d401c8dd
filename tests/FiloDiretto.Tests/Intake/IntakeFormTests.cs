using FiloDiretto.Intake;
using FiloDiretto.Tickets;

namespace FiloDiretto.Tests.Intake;

public class IntakeFormTests
{
    private static readonly CitizenView Rossi = new("RSSMRA68A01H501Y", "Rossi", "Mario", "+393471234567", "mario.rossi@example.it");

    [Fact]
    public void PrefillFillsOnlyWhatTheOperatorHasNotTyped()
    {
        var form = new IntakeForm(CallerKind.Citizen) { Surname = "Rossi Bianchi", Phone = "  " };

        form.Prefill(Rossi);

        Assert.Equal("Rossi Bianchi", form.Surname);
        Assert.Equal("Mario", form.GivenName);
        Assert.Equal("+393471234567", form.Phone);
        Assert.Equal("mario.rossi@example.it", form.Email);
    }

    [Fact]
    public void ForgettingThePrefillEmptiesOnlyWhatTheOperatorLeftAsItWas()
    {
        var form = new IntakeForm(CallerKind.Citizen);
        form.Prefill(Rossi);
        form.Phone = "0773 123456";

        form.ForgetPrefill();

        Assert.Null(form.Surname);
        Assert.Null(form.GivenName);
        Assert.Null(form.Email);
        Assert.Equal("0773 123456", form.Phone);
    }

    [Fact]
    public void EachFormHasItsOwnIdempotencyKey() =>
        Assert.NotEqual(new IntakeForm(CallerKind.Citizen).IdempotencyKey, new IntakeForm(CallerKind.Citizen).IdempotencyKey);

    [Fact]
    public void TheRequestCarriesWhatWasTypedWithTheWireNames()
    {
        var form = new IntakeForm(CallerKind.Patronato)
        {
            FiscalCode = "RSSMRA68A01H501Y",
            Surname = "Rossi",
            GivenName = "Mario",
            Phone = "347 123 4567",
            Preferred = PreferredChannel.Sms,
            WrittenConsent = true,
            Category = "PAG",
            ApplicationNumber = "INV-2026/1",
            Description = "Pagamento non arrivato",
            Urgent = true,
        };

        var request = form.ToRequest("phone", 2);

        Assert.Equal(new CitizenInput("RSSMRA68A01H501Y", "Rossi", "Mario", "347 123 4567", null, "sms", true), request.Citizen);
        Assert.Equal(("PAG", "INV-2026/1", "Pagamento non arrivato"), (request.Category, request.ApplicationNumber, request.Description));
        Assert.Equal(("phone", 2, "patronato", "urgent"), (request.Channel, request.Line, request.Caller, request.Priority));
    }
}
