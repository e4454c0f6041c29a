Console.WriteLine("Benchmarks: see tests/Integra.Benchmarks/README.md");
