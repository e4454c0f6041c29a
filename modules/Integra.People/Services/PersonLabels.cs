using Integra.People.Data;

namespace Integra.People.Services;

/// <summary>The English text (the localization key) of the registry's codes.</summary>
public static class PersonLabels
{
    public static string Sex(string? sex) => sex switch
    {
        Sexes.Female => "Female",
        Sexes.Male => "Male",
        _ => "Not given",
    };

    public static string ReturnStatus(string? status) => status switch
    {
        ReturnStatuses.Returnee => "Returnee",
        ReturnStatuses.LocalVulnerable => "Local vulnerable person",
        null or "" => "Not given",
        _ => status,
    };

    public static string Reason(string reason) => reason switch
    {
        DuplicateReasons.PersonalNumber => "Same personal number",
        DuplicateReasons.NameBirthDateMunicipality => "Same name, birth date and municipality",
        _ => reason,
    };

    public static string Status(DuplicateStatus status) => status switch
    {
        DuplicateStatus.Open => "Open",
        DuplicateStatus.Dismissed => "Dismissed",
        DuplicateStatus.Merged => "Merged",
        _ => status.ToString(),
    };

    public static string Status(PersonalDataRequestStatus status) => status switch
    {
        PersonalDataRequestStatus.Pending => "Waiting for a decision",
        PersonalDataRequestStatus.Approved => "Approved",
        PersonalDataRequestStatus.Refused => "Refused",
        _ => status.ToString(),
    };

    public static string Field(string field) => field switch
    {
        SensitiveFields.PersonalNumber => "Personal number",
        SensitiveFields.ReturnStatus => "Return status",
        SensitiveFields.Ethnicity => "Ethnicity",
        SensitiveFields.Disability => "Disability",
        _ => field,
    };
}
