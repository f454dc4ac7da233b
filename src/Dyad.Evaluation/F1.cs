namespace Dyad.Evaluation;

/// <summary>Counts of true positives, false positives and false negatives, with precision, recall and F1.</summary>
public readonly record struct F1(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double Score => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static F1 operator +(F1 a, F1 b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    public static F1 Add(F1 left, F1 right) => left + right;
}
