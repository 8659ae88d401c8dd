using System.Net.Http.Headers;
using System.Text.Json;

namespace FiloDiretto.Bench;

/// <summary>Intake bodies drawn from a small pool of citizens (names match their fiscal codes) and categories.</summary>
internal static class SampleTickets
{
    private static readonly (string FiscalCode, string Surname, string GivenName)[] Citizens =
    [
        ("RSSMRA68A01H501Y", "Rossi", "Mario"),
        ("CCCFBA85D03L219P", "Cacace", "Fabio"),
        ("BRNGNN71B26L219T", "Bruno", "Giovanni"),
        ("MRTMRA83T56A269B", "Martini", "Maria"),
        ("PNLMHL79R27I158P", "Pinelli", "Michele"),
        ("QTRDRA71P13G388J", "Quatraro", "Dario"),
        ("THDSDA95P08Z330H", "Thaidi", "Saad"),
        ("FRNSST75D50A717N", "Farina", "Sesta"),
    ];

    private static readonly (string Code, string Description)[] Categories =
    [
        ("STATO", "Chiede a che punto è la pratica"),
        ("PAG", "Pagamento non arrivato"),
        ("AP70", "Dati socio-economici AP70 non inviati"),
        ("CONV_NR", "Convocazione a visita non ricevuta"),
        ("VERB_NR", "Verbale non ricevuto"),
        ("INTEGR", "Chiede quali documenti integrare"),
    ];

    // Serialised once, so the bench spends its CPU on sending rather than on JSON.
    private static readonly byte[][] Bodies =
    [
        .. from citizen in Citizens
           from category in Categories
           select JsonSerializer.SerializeToUtf8Bytes(
               new IntakeRequest(
                   new CitizenRequest(citizen.FiscalCode, citizen.Surname, citizen.GivenName, "+393471234567"),
                   category.Code,
                   category.Description,
                   Channel: "phone",
                   Line: 1,
                   Caller: "citizen",
                   Priority: "normal"),
               ServerApi.Json),
    ];

    public static HttpContent Body(long sequence) =>
        new ByteArrayContent(Bodies[sequence % Bodies.Length])
        {
            Headers = { ContentType = new MediaTypeHeaderValue("application/json", "utf-8") },
        };
}
