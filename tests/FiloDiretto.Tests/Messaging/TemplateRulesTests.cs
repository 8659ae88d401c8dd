using FiloDiretto.Messaging;

namespace FiloDiretto.Tests.Messaging;

public sealed class TemplateRulesTests
{
    private static readonly MessageFacts Sample = MessageFacts.Sample("INPS Latina", "0773 123456");

    public static TheoryData<MessageEvent, MessageChannel> EveryTemplate()
    {
        var data = new TheoryData<MessageEvent, MessageChannel>();
        foreach (var what in Enum.GetValues<MessageEvent>())
        {
            foreach (var channel in Enum.GetValues<MessageChannel>())
            {
                data.Add(what, channel);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTemplate))]
    public void EveryDefaultTemplateKeepsTheRulesAndFillsEveryPlaceholder(MessageEvent what, MessageChannel channel)
    {
        var template = DefaultTemplates.For(what, channel);

        Assert.True(TemplateRules.Check(channel, template, Sample).IsValid);
        var filled = Sample.Fill(template);
        Assert.DoesNotContain("{", filled.Body, StringComparison.Ordinal);
        Assert.Contains("LT-2026-000123", filled.Body, StringComparison.Ordinal);
        Assert.Contains("0773 123456", filled.Body, StringComparison.Ordinal);
        Assert.Equal(channel == MessageChannel.Email, filled.Subject is not null);
    }

    [Fact]
    public void PlaceholdersAreFilledWithItalianDates()
    {
        var filled = Sample.Fill(new TemplateText("Segnalazione {codice}", "Risposta entro il {data_prevista}, documenti entro il {entro}. {ufficio}, {telefono_ufficio}"));

        Assert.Equal("Segnalazione LT-2026-000123", filled.Subject);
        Assert.Equal("Risposta entro il 15/05/2026, documenti entro il 29/05/2026. INPS Latina, 0773 123456", filled.Body);
    }

    [Fact]
    public void AnUnknownPlaceholderIsNamed()
    {
        var validation = TemplateRules.Check(MessageChannel.Sms, new TemplateText(null, "Gentile {nome}, la segnalazione {codice} {descrizione}"), Sample);

        var errors = Assert.Single(validation.Errors, e => e.Key == "body").Value;
        Assert.Contains(errors, e => e.Contains("{nome}", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("{descrizione}", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Contains("{codice}:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Esito della visita medica per {codice}", "visita medica")]
    [InlineData("La DIAGNOSI è pronta", "diagnosi")]
    [InlineData("Pratica di invalidita' civile {codice}", "invalidità")]
    [InlineData("Riconosciuta la percentuale del 75%", "percentuale")]
    [InlineData("Benefici della Legge  104", "legge 104")]
    public void AHealthWordIsRefusedAndNamed(string body, string word)
    {
        var validation = TemplateRules.Check(MessageChannel.Email, new TemplateText("Segnalazione {codice}", body), Sample);

        var error = Assert.Single(Assert.Single(validation.Errors, e => e.Key == "body").Value);
        Assert.Contains($"\"{word}\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AHealthWordInTheSubjectIsRefusedThere()
    {
        var validation = TemplateRules.Check(MessageChannel.Email, new TemplateText("Esito patologia", "Segnalazione {codice}"), Sample);

        Assert.Equal(["subject"], validation.Errors.Keys);
    }

    [Fact]
    public void WordsThatOnlyContainAHealthWordPass()
    {
        Assert.Null(HealthWords.FirstIn("Il terapista ha chiesto la sanificazione dei locali."));
        Assert.Null(HealthWords.FirstIn("Segnalazione {codice}: risposta entro il {data_prevista}."));
    }

    [Fact]
    public void ATextMessageIsMeasuredWithTheFactsFilledIn()
    {
        var fits = new string('a', TemplateRules.MaxSmsLength - "LT-2026-000123".Length) + "{codice}";
        var tooLong = fits + "!";

        Assert.True(TemplateRules.Check(MessageChannel.Sms, new TemplateText(null, fits), Sample).IsValid);
        var error = Assert.Single(Assert.Single(TemplateRules.Check(MessageChannel.Sms, new TemplateText(null, tooLong), Sample).Errors).Value);
        Assert.Contains("321", error, StringComparison.Ordinal);
        Assert.True(TemplateRules.Check(MessageChannel.Email, new TemplateText("Oggetto", tooLong), Sample).IsValid);
    }

    [Fact]
    public void AnEmailNeedsASubject()
    {
        var validation = TemplateRules.Check(MessageChannel.Email, new TemplateText(" ", "Segnalazione {codice}"), Sample);

        Assert.Equal(["subject"], validation.Errors.Keys);
    }
}
