using System.Globalization;

namespace Dyad.Time;

/// <summary>Builds TIMEX3 value strings; an unknown anchor gives <c>X</c> placeholders, never an invented year.</summary>
internal static class TimexValue
{
    public const string UnknownDay = "XXXX-XX-XX";

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Two(int value) => value.ToString("D2", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Day(DateOnly date) => Year(date.Year) + "-" + Two(date.Month) + "-" + Two(date.Day);

    public static string Day(int? year, int month, int day) =>
        (year is { } y ? Year(y) : "XXXX") + "-" + Two(month) + "-" + Two(day);

    public static string Month(int? year, int month) => (year is { } y ? Year(y) : "XXXX") + "-" + Two(month);

    public static string Week(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        return Year(ISOWeek.GetYear(dt)) + "-W" + Two(ISOWeek.GetWeekOfYear(dt));
    }

    public static string Quarter(int year, int quarter) => Year(year) + "-Q" + Number(quarter);

    public static string Decade(int year) => Number(year / 10) + "X";

    /// <summary>The duration unit letters of ISO 8601 as TIMEX3 writes them (<c>P5W</c>, <c>PT3H</c>, <c>P10Y</c> for a decade).</summary>
    public static string Duration(string count, TimeUnit unit)
    {
        bool unknown = count == "X";
        return unit switch
        {
            TimeUnit.Second => "PT" + count + "S",
            TimeUnit.Minute => "PT" + count + "M",
            TimeUnit.Hour => "PT" + count + "H",
            TimeUnit.Day => "P" + count + "D",
            TimeUnit.Week => "P" + count + "W",
            TimeUnit.Weekend => "P" + count + "WE",
            TimeUnit.Month => "P" + count + "M",
            TimeUnit.Quarter => "P" + count + "Q",
            TimeUnit.Year => "P" + count + "Y",
            TimeUnit.Decade => unknown ? "PXDE" : "P" + Scale(count, 10) + "Y",
            TimeUnit.Century => unknown ? "PXCE" : "P" + Scale(count, 100) + "Y",
            _ => "P" + count + "D",
        };
    }

    private static string Scale(string count, int factor) =>
        decimal.TryParse(count, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal n) && n < 1000
            ? (n * factor).ToString("0.##", CultureInfo.InvariantCulture)
            : count + "0";
}
