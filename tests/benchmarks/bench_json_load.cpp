// Reading a design file: the JSON libraries against each other on the designs `ecsplan-cli
// generate` makes (1k / 10k / 50k components, 0.8 / 7.7 / 38.5 MB), and the whole loader.
//   nlohmannDom   nlohmann::json::parse into its DOM and tear it down (the loader until #15)
//   nlohmannSax   nlohmann's SAX parser with a handler that keeps nothing: its floor
//   simdjsonDom   simdjson's DOM (a tape of the document), the parser the loader uses now
//   designRead    DesignJson::read: parse, every entity checked and built, the model's indexes
// The choice and the figures: tests/benchmarks/RESULTS.md.
#include "catalog/catalog.h"
#include "generate/designgenerator.h"
#include "io/designjson.h"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <QCoreApplication>

#include <map>

using namespace ecsplan;

namespace {

const QByteArray &designBytes(int components)
{
    static std::map<int, QByteArray> files;
    auto it = files.find(components);
    if (it == files.end())
        it = files.emplace(components,
                           DesignJson::write(generateDesign({components, 1}),
                                             Catalog::builtin().version()))
                     .first;
    return it->second;
}

void finish(benchmark::State &state, const QByteArray &data)
{
    state.SetBytesProcessed(qint64(state.iterations()) * data.size());
    state.counters["MB"] = double(data.size()) / 1e6;
}

void nlohmannDom(benchmark::State &state)
{
    const QByteArray &data = designBytes(int(state.range(0)));
    for (auto _ : state) {
        const auto root = nlohmann::json::parse(data.constBegin(), data.constEnd());
        benchmark::DoNotOptimize(root["entities"].size());
    }
    finish(state, data);
}

/** Counts values and keeps nothing: what nlohmann's SAX interface costs before any work. */
struct CountingSax : nlohmann::json_sax<nlohmann::json>
{
    size_t values = 0;
    bool null() override { return ++values; }
    bool boolean(bool) override { return ++values; }
    bool number_integer(number_integer_t) override { return ++values; }
    bool number_unsigned(number_unsigned_t) override { return ++values; }
    bool number_float(number_float_t, const string_t &) override { return ++values; }
    bool string(string_t &) override { return ++values; }
    bool binary(binary_t &) override { return ++values; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t &) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override
    {
        return false;
    }
};

void nlohmannSax(benchmark::State &state)
{
    const QByteArray &data = designBytes(int(state.range(0)));
    for (auto _ : state) {
        CountingSax sax;
        nlohmann::json::sax_parse(data.constBegin(), data.constEnd(), &sax);
        benchmark::DoNotOptimize(sax.values);
    }
    finish(state, data);
}

void simdjsonDom(benchmark::State &state)
{
    const QByteArray &data = designBytes(int(state.range(0)));
    for (auto _ : state) {
        simdjson::dom::parser fresh; // as the loader: one parser per read
        simdjson::dom::element root;
        if (fresh.parse(data.constData(), size_t(data.size())).get(root) != simdjson::SUCCESS) {
            state.SkipWithError("simdjson refused the design");
            return;
        }
        benchmark::DoNotOptimize(simdjson::dom::array(root["entities"]).size());
    }
    finish(state, data);
}

void designRead(benchmark::State &state)
{
    const QByteArray &data = designBytes(int(state.range(0)));
    for (auto _ : state) {
        Model model;
        QStringList errors;
        if (!DesignJson::read(data, &model, &errors, &Catalog::builtin())) {
            state.SkipWithError(qPrintable(errors.value(0)));
            return;
        }
        benchmark::DoNotOptimize(model.size());
    }
    finish(state, data);
}

} // namespace

BENCHMARK(nlohmannDom)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);
BENCHMARK(nlohmannSax)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);
BENCHMARK(simdjsonDom)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);
BENCHMARK(designRead)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
