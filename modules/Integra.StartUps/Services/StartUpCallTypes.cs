namespace Integra.StartUps.Services;

/// <summary>The codes this module puts in the engine's <c>CallSetup.CallType</c> for its calls.</summary>
public static class StartUpCallTypes
{
    /// <summary>A call for applications to the training and grants (calls 1 and 2).</summary>
    public const string Grant = "component2.business-grant";

    /// <summary>The second-stage call for business plans of trainees who completed the training.</summary>
    public const string BusinessPlan = "component2.business-plan";

    /// <summary>How calls read in lists and indicators, e.g. "C2-1".</summary>
    public static string Label(int callNumber) => $"C{StartUpsModule.Component}-{callNumber}";
}
