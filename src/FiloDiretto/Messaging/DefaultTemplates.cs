namespace FiloDiretto.Messaging;

/// <summary>
/// The wording every office starts with, in Italian (the office's language, whatever the staff's screens use).
/// Each says what happened and how to reach the office, and nothing of the problem itself.
/// </summary>
public static class DefaultTemplates
{
    private const string Greeting = "Gentile cittadina, gentile cittadino,\n\n";

    private const string Signature =
        "\n\n{ufficio}\nTelefono {telefono_ufficio}\n\nQuesto messaggio è inviato automaticamente: per favore non risponda a questo indirizzo.";

    private static readonly Dictionary<(MessageEvent, MessageChannel), TemplateText> Texts = new()
    {
        [(MessageEvent.TicketReceived, MessageChannel.Email)] = new(
            "Segnalazione {codice} ricevuta",
            Greeting + "abbiamo registrato la sua segnalazione con il codice {codice}. "
            + "Le daremo una risposta entro il {data_prevista}.\n\nSe ci chiama, tenga a portata di mano il codice: ci aiuta a trovarla subito."
            + Signature),
        [(MessageEvent.TicketReceived, MessageChannel.Sms)] = new(
            null,
            "{ufficio}: abbiamo registrato la sua segnalazione {codice}. Risposta entro il {data_prevista}. Informazioni: {telefono_ufficio}"),
        [(MessageEvent.DocumentsRequested, MessageChannel.Email)] = new(
            "Segnalazione {codice}: documenti da inviare",
            Greeting + "per proseguire con la sua segnalazione {codice} ci servono i documenti indicati dall'operatore. "
            + "La preghiamo di farceli avere entro il {entro}.\n\nSe ha bisogno di sapere quali documenti e come inviarli, ci chiami al {telefono_ufficio}."
            + Signature),
        [(MessageEvent.DocumentsRequested, MessageChannel.Sms)] = new(
            null,
            "{ufficio}: per la segnalazione {codice} ci servono i documenti indicati dall'operatore entro il {entro}. Informazioni: {telefono_ufficio}"),
        [(MessageEvent.FeedbackGiven, MessageChannel.Email)] = new(
            "Segnalazione {codice}: risposta disponibile",
            Greeting + "la sua segnalazione {codice} ha ricevuto risposta. Per i dettagli ci chiami al {telefono_ufficio}: "
            + "per la sua riservatezza non li scriviamo in questo messaggio."
            + Signature),
        [(MessageEvent.FeedbackGiven, MessageChannel.Sms)] = new(
            null,
            "{ufficio}: la sua segnalazione {codice} ha ricevuto risposta. Per i dettagli ci chiami al {telefono_ufficio}"),
        [(MessageEvent.PleaseCallBack, MessageChannel.Email)] = new(
            "Segnalazione {codice}: la preghiamo di richiamarci",
            Greeting + "abbiamo provato a chiamarla per la sua segnalazione {codice}, senza riuscirci. "
            + "La preghiamo di richiamarci al {telefono_ufficio} e di citare il codice {codice}."
            + Signature),
        [(MessageEvent.PleaseCallBack, MessageChannel.Sms)] = new(
            null,
            "{ufficio}: abbiamo provato a chiamarla per la segnalazione {codice}. La preghiamo di richiamarci al {telefono_ufficio}"),
    };

    public static TemplateText For(MessageEvent what, MessageChannel channel) => Texts[(what, channel)];
}
