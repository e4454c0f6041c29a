namespace Integra.Reviews.Services;

public sealed record RankingCandidate(long ApplicationId, string? Municipality, decimal Score, DateTime SubmittedUtc);

public enum RankingOutcome
{
    Selected,
    Reserve,
    Rejected,
}

/// <summary>Where one application lands: its place overall and within its municipality, and why.</summary>
public sealed record RankedApplication(
    RankingCandidate Candidate,
    RankingOutcome Outcome,
    int Rank,
    int Count,
    int RankInMunicipality,
    int CountInMunicipality,
    int? MunicipalityPlaces,
    bool BelowPassMark);

/// <summary>
/// Ranks scored applications: best score first (an earlier submission breaks a tie), selected while places remain
/// in total and in the applicant's municipality, then the reserve list; below the pass mark, rejected.
/// </summary>
public static class Ranking
{
    public static IReadOnlyList<RankedApplication> Rank(
        IEnumerable<RankingCandidate> candidates,
        IReadOnlyDictionary<string, int> placesPerMunicipality,
        int? totalPlaces,
        decimal passMark)
    {
        var ordered = candidates
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.SubmittedUtc)
            .ThenBy(c => c.ApplicationId)
            .ToList();
        var countByMunicipality = ordered.GroupBy(c => Key(c.Municipality), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var seenByMunicipality = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var selectedByMunicipality = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var selected = 0;
        var result = new List<RankedApplication>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var candidate = ordered[i];
            var municipality = Key(candidate.Municipality);
            var rankInMunicipality = seenByMunicipality[municipality] = seenByMunicipality.GetValueOrDefault(municipality) + 1;
            int? cap = placesPerMunicipality.TryGetValue(municipality, out var places) ? places : null;
            var belowPassMark = candidate.Score < passMark;
            RankingOutcome outcome;
            if (belowPassMark)
            {
                outcome = RankingOutcome.Rejected;
            }
            else if ((totalPlaces is null || selected < totalPlaces) && (cap is null || selectedByMunicipality.GetValueOrDefault(municipality) < cap))
            {
                outcome = RankingOutcome.Selected;
                selected++;
                selectedByMunicipality[municipality] = selectedByMunicipality.GetValueOrDefault(municipality) + 1;
            }
            else
            {
                outcome = RankingOutcome.Reserve;
            }

            result.Add(new RankedApplication(candidate, outcome, i + 1, ordered.Count, rankInMunicipality, countByMunicipality[municipality], cap, belowPassMark));
        }

        return result;
    }

    private static string Key(string? municipality) => municipality ?? string.Empty;
}

public sealed record AssignmentNeed(long ApplicationId, string? Municipality, IReadOnlyCollection<string> EverAssigned, int Active);

public sealed record PoolMember(string UserId, string? Municipality, int Load);

/// <summary>
/// Plans evaluator assignments "in turn": each application gets evaluators until it has <c>perApplication</c>
/// active ones, always the least loaded evaluator who may take it (never one who was ever on it, and, when the call
/// says so, none from the applicant's municipality); equal loads take turns in pool order.
/// </summary>
public static class RoundRobin
{
    public static (IReadOnlyList<(long ApplicationId, string UserId)> Planned, IReadOnlyList<long> Short) Plan(
        IEnumerable<AssignmentNeed> needs, IReadOnlyList<PoolMember> pool, int perApplication, bool excludeSameMunicipality)
    {
        var load = pool.Select(p => p.Load).ToArray();
        var planned = new List<(long, string)>();
        var shortOf = new List<long>();
        var turn = 0;
        foreach (var need in needs.OrderBy(n => n.ApplicationId))
        {
            var taken = new HashSet<string>(need.EverAssigned, StringComparer.Ordinal);
            var active = need.Active;
            while (active < perApplication)
            {
                var best = -1;
                for (var step = 0; step < pool.Count; step++)
                {
                    var i = (turn + step) % pool.Count;
                    var member = pool[i];
                    if (taken.Contains(member.UserId)
                        || (excludeSameMunicipality && need.Municipality is not null && string.Equals(member.Municipality, need.Municipality, StringComparison.OrdinalIgnoreCase)))
                    {
                        continue;
                    }

                    if (best < 0 || load[i] < load[best])
                    {
                        best = i;
                    }
                }

                if (best < 0)
                {
                    shortOf.Add(need.ApplicationId);
                    break;
                }

                planned.Add((need.ApplicationId, pool[best].UserId));
                taken.Add(pool[best].UserId);
                load[best]++;
                active++;
                turn = (best + 1) % pool.Count;
            }
        }

        return (planned, shortOf);
    }
}
