namespace FiloDiretto.Citizens;

/// <summary>The rule of the codice fiscale that an input breaks.</summary>
public enum FiscalCodeError
{
    Empty,
    Length,
    Characters,
    Structure,
    Month,
    Day,
    Date,
    Birthplace,
    CheckCharacter,
    NumericCheckDigit,
}
