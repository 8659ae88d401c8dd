using FiloDiretto.Tickets;

namespace FiloDiretto.Demo;

/// <summary>What callers say and what the back office answers, in the words of the desk (no clinical detail).</summary>
internal static class DemoTexts
{
    private static readonly Dictionary<string, string[]> Descriptions = new()
    {
        ["STATO"] = ["Chiede a che punto è la domanda presentata due mesi fa.", "Vuole sapere se la pratica è stata definita."],
        ["PAG"] = ["Il pagamento del mese non è arrivato.", "Chiede quando verranno pagati gli arretrati."],
        ["AP70"] = ["Non sa se il modello AP70 è stato inviato.", "Il patronato dice che l'AP70 risulta salvato ma non inviato."],
        ["CONV_NR"] = ["Non ha ricevuto la lettera di convocazione a visita.", "Non conosce data e luogo della visita."],
        ["VERB_NR"] = ["Non ha ricevuto il verbale dopo la visita.", "Chiede un duplicato del verbale."],
        ["VAR"] = ["Deve comunicare il nuovo IBAN.", "Ha cambiato indirizzo di residenza."],
        ["INTEGR"] = ["Gli è stato chiesto un documento e vuole sapere quale.", "Vuole sapere se la documentazione inviata è arrivata."],
    };

    private static readonly string[] Generic =
    [
        "Chiede informazioni sulla propria pratica.",
        "Chiede di essere richiamato per un chiarimento.",
        "Segnala un problema sulla pratica di invalidità civile.",
    ];

    private static readonly string[] Requests =
    [
        "Inviare copia del permesso di soggiorno.",
        "Inviare il codice IBAN intestato al beneficiario.",
        "Inviare la dichiarazione di ricovero.",
        "Completare e inviare il modello AP70.",
    ];

    public static string Description(string category, Random random)
    {
        var options = Descriptions.GetValueOrDefault(category) ?? Generic;
        return options[random.Next(options.Length)];
    }

    public static string Request(Random random) => Requests[random.Next(Requests.Length)];

    public static string Feedback(Ticket ticket, Random random) => random.Next(3) switch
    {
        0 => $"Verificata la pratica ({ticket.Code}): comunicato al cittadino lo stato e il prossimo passo.",
        1 => "Pratica sbloccata, il cittadino è stato informato telefonicamente.",
        _ => "Fornite le informazioni richieste; nessuna ulteriore azione necessaria.",
    };
}
