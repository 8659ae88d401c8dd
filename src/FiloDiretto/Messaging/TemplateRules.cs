using FiloDiretto.Platform;
using FiloDiretto.Platform.Localisation;

namespace FiloDiretto.Messaging;

/// <summary>What a template must be to be saved: known placeholders, no health word, a subject for e-mail, a text message that fits.</summary>
public static class TemplateRules
{
    /// <summary>Two SMS segments of 160 characters: longer messages cost more and arrive in pieces on old phones.</summary>
    public const int MaxSmsLength = 320;

    /// <param name="sample">The facts the length of a text message is measured with.</param>
    public static Validation Check(MessageChannel channel, TemplateText template, MessageFacts sample)
    {
        var validation = new Validation();
        if (channel == MessageChannel.Email)
        {
            CheckPart(validation, "subject", validation.Text("subject", template.Subject, Message.MaxSubjectLength));
        }

        var body = validation.Text("body", template.Body, Message.MaxBodyLength);
        CheckPart(validation, "body", body);
        if (channel == MessageChannel.Sms && body is not null && sample.Fill(new TemplateText(null, body)).Body.Length is var length and > MaxSmsLength)
        {
            validation.Add("body", Messages.Format("Messaging.SmsTooLong", MaxSmsLength, length));
        }

        return validation;
    }

    private static void CheckPart(Validation validation, string field, string? text)
    {
        if (text is null)
        {
            return;
        }

        foreach (var unknown in MessageFacts.Unknown(text))
        {
            validation.Add(field, Messages.Format("Messaging.UnknownPlaceholder", unknown, string.Join(", ", MessageFacts.Placeholders.Select(p => $"{{{p}}}"))));
        }

        if (HealthWords.FirstIn(text) is { } word)
        {
            validation.Add(field, Messages.Format("Messaging.HealthWord", word));
        }
    }
}
