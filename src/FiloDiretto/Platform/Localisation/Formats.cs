using System.Globalization;

namespace FiloDiretto.Platform.Localisation;

/// <summary>Instants as the office reads them: Italian local time, in the user's culture's formats.</summary>
public static class Formats
{
    public static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    public static System.DateTime Local(System.DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), Rome);

    public static string Date(System.DateTime utc) => Local(utc).ToString("d", CultureInfo.CurrentCulture);

    public static string DateTime(System.DateTime utc) => Local(utc).ToString("g", CultureInfo.CurrentCulture);

    public static string Time(System.DateTime utc) => Local(utc).ToString("t", CultureInfo.CurrentCulture);
}
