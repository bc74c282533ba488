/// The stations one stratum contributes, primaries then reserves, each in ticket order.
struct StratumSelection {
    struct Pick {
        let row: Int
        let probability: Double
        let weight: Double
    }

    var primaries: [Pick]
    var reserves: [Pick]
    var certainties: Int

    /// The first `count` of `ordered` as primaries (π = n_h/N_h exactly rounded, weight
    /// N_h/n_h), the next `reserves` as reserves with the same π and weight.
    static func equalProbability(
        count: Int, reserves: Int, population: Int, ordered: [Int]
    ) -> StratumSelection {
        let population = Double(population)
        let probability = Double(count) / population
        let weight = population / Double(count)
        let picks = ordered.prefix(count + reserves).map {
            Pick(row: $0, probability: probability, weight: weight)
        }
        return StratumSelection(
            primaries: Array(picks.prefix(count)), reserves: Array(picks.dropFirst(count)),
            certainties: 0)
    }
}
