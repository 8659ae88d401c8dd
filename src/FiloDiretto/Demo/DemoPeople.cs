namespace FiloDiretto.Demo;

/// <summary>Invented callers: common Italian names, birthplaces around Latina, valid fiscal codes.</summary>
internal static class DemoPeople
{
    private static readonly string[] Surnames =
    [
        "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
        "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti",
        "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone",
        "Longo", "Gentile", "Martinelli", "Vitale", "Serra", "Coppola", "De Santis", "D'Angelo", "Marchetti", "Parisi",
    ];

    private static readonly (string Name, char Sex)[] GivenNames =
    [
        ("Giuseppe", 'M'), ("Antonio", 'M'), ("Giovanni", 'M'), ("Mario", 'M'), ("Luigi", 'M'), ("Francesco", 'M'),
        ("Angelo", 'M'), ("Vincenzo", 'M'), ("Pietro", 'M'), ("Salvatore", 'M'), ("Carlo", 'M'), ("Franco", 'M'),
        ("Maria", 'F'), ("Anna", 'F'), ("Giuseppina", 'F'), ("Rosa", 'F'), ("Angela", 'F'), ("Giovanna", 'F'),
        ("Teresa", 'F'), ("Lucia", 'F'), ("Carmela", 'F'), ("Caterina", 'F'), ("Francesca", 'F'), ("Antonietta", 'F'),
    ];

    // Belfiore codes: Latina, Aprilia, Cisterna di Latina, Sezze, Terracina, Fondi, Formia, Gaeta, Sabaudia, Roma, Napoli, Morocco.
    private static readonly string[] Birthplaces = ["E472", "A341", "C740", "I712", "L120", "D662", "D708", "D843", "H647", "H501", "F839", "Z330"];

    private const string Months = "ABCDEHLMPRST";

    public static DemoPerson Next(Random random)
    {
        var surname = Surnames[random.Next(Surnames.Length)];
        var (givenName, sex) = GivenNames[random.Next(GivenNames.Length)];
        var birth = new DateOnly(1935, 1, 1).AddDays(random.Next(0, 365 * 70));
        var day = birth.Day + (sex == 'F' ? 40 : 0);
        var first15 = string.Concat(
            SurnamePart(surname),
            NamePart(givenName),
            (birth.Year % 100).ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
            Months[birth.Month - 1].ToString(),
            day.ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
            Birthplaces[random.Next(Birthplaces.Length)]);
        var phone = random.Next(4) == 0
            ? $"0773 {random.Next(200000, 999999)}"
            : $"3{random.Next(20, 93)} {random.Next(1000000, 9999999)}";
        return new DemoPerson(first15 + Citizens.FiscalCode.CheckCharacter(first15), surname, givenName, phone);
    }

    private static string SurnamePart(string surname) => Letters(surname, takeFirstThirdFourth: false);

    private static string NamePart(string name) => Letters(name, takeFirstThirdFourth: true);

    private static string Letters(string word, bool takeFirstThirdFourth)
    {
        var letters = word.ToUpperInvariant().Where(char.IsAsciiLetterUpper).ToArray();
        var consonants = letters.Where(c => !"AEIOU".Contains(c, StringComparison.Ordinal)).ToList();
        var vowels = letters.Where(c => "AEIOU".Contains(c, StringComparison.Ordinal));
        if (takeFirstThirdFourth && consonants.Count >= 4)
        {
            return new string([consonants[0], consonants[2], consonants[3]]);
        }

        return new string([.. consonants.Concat(vowels).Concat("XXX").Take(3)]);
    }
}

internal sealed record DemoPerson(string FiscalCode, string Surname, string GivenName, string Phone);
