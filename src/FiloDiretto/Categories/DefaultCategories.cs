namespace FiloDiretto.Categories;

/// <summary>The civil-invalidity categories every new office starts with (docs/glossary.md explains them).</summary>
public static class DefaultCategories
{
    public static IReadOnlyList<Category> For(int officeId) =>
    [
        New(officeId, "INFO", "Informazioni su requisiti e prestazioni", Area.Administrative, 5, false),
        New(officeId, "CERT", "Certificato medico scaduto, non abbinato o errato", Area.Medical, 5, true),
        New(officeId, "DOM_INVIO", "Problemi nell'invio della domanda", Area.Administrative, 3, true),
        New(officeId, "STATO", "Stato della pratica / sollecito", Area.Administrative, 3, true),
        New(officeId, "CONV_NR", "Convocazione a visita non ricevuta", Area.Medical, 3, true),
        New(officeId, "VISITA_SPOST", "Spostamento o rinvio della visita", Area.Medical, 5, false),
        New(officeId, "VISITA_DOM", "Visita domiciliare / intrasportabilità", Area.Medical, 5, false),
        New(officeId, "DOC_SAN", "Invio documentazione sanitaria / visita agli atti", Area.Medical, 5, false),
        New(officeId, "ASSENZA", "Assenza a visita / giustificazione", Area.Medical, 3, true),
        New(officeId, "VERB_NR", "Verbale non ricevuto / duplicato", Area.Medical, 5, true),
        New(officeId, "VERB_ERR", "Errore materiale nel verbale", Area.Medical, 10, true),
        New(officeId, "VERB_DISS", "Esito non condiviso (ATP)", Area.Legal, 5, false),
        New(officeId, "AP70", "Dati socio-economici (AP70) mancanti o non inviati", Area.Administrative, 5, true),
        New(officeId, "INTEGR", "Integrazione documenti richiesta", Area.Administrative, 5, true),
        New(officeId, "LIQ", "Esito della liquidazione / reiezione", Area.Payments, 5, false),
        New(officeId, "PAG", "Pagamento non arrivato / arretrati / importo", Area.Payments, 5, true),
        New(officeId, "VAR", "Variazione IBAN, indirizzo o recapiti", Area.Payments, 5, false),
        New(officeId, "REVIS", "Revisione: convocazione, sospensione, esonero", Area.Medical, 5, false),
        New(officeId, "DICH", "Dichiarazioni ICRIC / ICLAV / ACCAS-PS", Area.Administrative, 5, false),
        New(officeId, "ETA", "Compimento dei 18 o dei 67 anni", Area.Administrative, 10, false),
        New(officeId, "EVENTI", "Ricovero o decesso del beneficiario", Area.Payments, 10, false),
        New(officeId, "L104_L68", "Legge 104 / Legge 68", Area.Administrative, 5, false),
        New(officeId, "RECLAMO", "Reclamo sul servizio", Area.Administrative, 5, true),
        New(officeId, "ALTRO", "Altro / non di competenza", Area.Administrative, 3, false),
    ];

    private static Category New(int officeId, string code, string label, Area area, int targetDays, bool failureDemand) =>
        new() { OfficeId = officeId, Code = code, Label = label, Area = area, TargetWorkingDays = targetDays, FailureDemand = failureDemand };
}
