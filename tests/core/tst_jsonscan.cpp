// The byte scans of core/io/jsonscan_p.h: the design reader's 64-byte skip over an entity's
// strings and brackets against the scan that takes them one at a time, on random texts made of
// the bytes that matter (quotes, backslashes, brackets, brackets' look-alikes) and on random
// JSON with escapes and brackets inside strings, at every offset relative to a block.

#include "io/jsonguard.h"
#include "io/jsonscan_p.h"

#include <QByteArray>
#include <QTest>

#include <random>

using namespace ecsplan;

class tst_JsonScan : public QObject
{
    Q_OBJECT

private slots:
    void skipNested_data();
    void skipNested();
    void skipNestedMatchesTheScalarScanOnRandomBytes();
    void skipNestedMatchesTheScalarScanOnRandomJson();
    void tooDeepAtMatchesTheScalarScan();
};

namespace {

struct Skip
{
    qsizetype at;
    int depth;
    bool operator==(const Skip &o) const { return at == o.at && depth == o.depth; }
};

char *toString(const Skip &s)
{
    return QTest::toString(QByteArray("at ") + QByteArray::number(s.at) + " depth "
                           + QByteArray::number(s.depth));
}

Skip fast(const QByteArray &data, qsizetype from, int depth, int floor, int maxDepth)
{
    const qsizetype at
            = JsonScan::skipNested(data.constData(), from, data.size(), &depth, floor, maxDepth);
    return {at, depth};
}

Skip scalar(const QByteArray &data, qsizetype from, int depth, int floor, int maxDepth)
{
    const qsizetype at = JsonScan::skipNestedScalar(data.constData(), from, data.size(), &depth,
                                                    floor, maxDepth);
    return {at, depth};
}

/** A random JSON value, `budget` bytes or so, strings with escapes and brackets inside. */
void randomJson(std::mt19937 &rng, int depth, int budget, QByteArray *out)
{
    const auto pick = [&rng](int n) {
        return int(std::uniform_int_distribution<int>(0, n - 1)(rng));
    };
    const auto string = [&] {
        static const char *pieces[]
                = {"a",        "hello world", " ",   "[",       "]",   "{",   "}",
                   "\\\"",     "\\\\",        "\\n", "\\u00e9", "é",   "Yy_", "\x7f",
                   "\\\\\\\"", ":",           ",",   "[[{{",    "}}]]"};
        *out += '"';
        for (int n = pick(12); n > 0; --n)
            *out += pieces[pick(int(std::size(pieces)))];
        *out += '"';
    };
    const int kind = depth > 8 || budget <= 0 ? pick(3) : pick(5);
    switch (kind) {
    case 0:
        string();
        return;
    case 1:
        *out += QByteArray::number(pick(100000) - 500) + (pick(2) ? ".25" : "");
        return;
    case 2:
        *out += pick(2) ? "true" : "null";
        return;
    case 3: {
        *out += '[';
        for (int n = pick(5); n > 0; --n) {
            randomJson(rng, depth + 1, budget / 3, out);
            if (n > 1)
                *out += ",\n   ";
        }
        *out += ']';
        return;
    }
    default: {
        *out += "{ ";
        for (int n = pick(6); n > 0; --n) {
            string();
            *out += ": ";
            randomJson(rng, depth + 1, budget / 3, out);
            if (n > 1)
                *out += ",\n      ";
        }
        *out += '}';
        return;
    }
    }
}

/** JsonGuard::tooDeepAt() as it was before it used skipNested(). */
qsizetype tooDeepAtScalar(const QByteArray &data, int maxDepth)
{
    int depth = 0;
    const char *p = data.constData();
    const qsizetype n = data.size();
    for (qsizetype i = JsonScan::nextStructural(p, 0, n); i < n;
         i = JsonScan::nextStructural(p, i + 1, n)) {
        switch (p[i]) {
        case '"':
            i = JsonScan::stringEnd(p, i + 1, n);
            break;
        case '[':
        case '{':
            if (++depth > maxDepth)
                return i;
            break;
        default:
            if (depth > 0)
                --depth;
            break;
        }
    }
    return -1;
}

} // namespace

void tst_JsonScan::skipNested_data()
{
    // Each text is read from byte 0 at depth 3 (floor 3, at most 6 levels); `at` is where the
    // scan stops and `depth` the depth there.
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qsizetype>("at");
    QTest::addColumn<int>("depth");
    const QByteArray pad(70, ' ');
    QTest::newRow("the closer") << QByteArray("\"a\": 1}, {") << qsizetype(6) << 3;
    QTest::newRow("nested then the closer")
            << QByteArray("\"g\": [1, [2]], \"r\": [{\"x\": \"]}\"}]}") << qsizetype(33) << 3;
    QTest::newRow("too deep") << QByteArray("[[[[") << qsizetype(3) << 6;
    QTest::newRow("unterminated string") << QByteArray("[\"abc}") << qsizetype(1) << 4;
    QTest::newRow("end") << QByteArray("[1, 2]") << qsizetype(6) << 3;
    QTest::newRow("closer after a block") << pad + "}" << qsizetype(70) << 3;
    QTest::newRow("string across blocks") << "\"" + pad + "}\"" + pad + "]" << qsizetype(143) << 3;
    QTest::newRow("unterminated across blocks") << "[\"" + pad + pad + "}" << qsizetype(1) << 4;
    QTest::newRow("escaped quote in a later block")
            << "\"" + pad + "\\\"}" + pad + "\"}" << qsizetype(145) << 3;
    QTest::newRow("escape at a block's last byte")
            << "\"" + QByteArray(62, 'x') + "\\\"}\" }" << qsizetype(68) << 3;
}

void tst_JsonScan::skipNested()
{
    QFETCH(QByteArray, data);
    QFETCH(qsizetype, at);
    QFETCH(int, depth);
    const Skip expected{at, depth};
    QCOMPARE(scalar(data, 0, 3, 3, 6), expected);
    QCOMPARE(fast(data, 0, 3, 3, 6), expected);
    // The same wherever the text starts relative to a 64-byte block.
    for (int shift = 1; shift < 64; ++shift) {
        const QByteArray shifted = QByteArray(shift, ' ') + data;
        QCOMPARE(fast(shifted, shift, 3, 3, 6), (Skip{at + shift, depth}));
    }
}

void tst_JsonScan::skipNestedMatchesTheScalarScanOnRandomBytes()
{
    // Texts of the bytes that matter with few others between them, so that blocks hold many
    // strings and brackets, and long runs of plain bytes, so that strings cross blocks.
    std::mt19937 rng(15);
    const char alphabet[] = {'"', '"', '\\',   '[', ']', '{', '}', 'Y',
                             '_', 'y', '\x7f', 'a', ' ', ',', ':', '\xc3'};
    int stoppedEarly = 0, reachedTheEnd = 0;
    for (int round = 0; round < 40000; ++round) {
        const int length = std::uniform_int_distribution<int>(0, round % 4 == 0 ? 600 : 200)(rng);
        const int plain = std::uniform_int_distribution<int>(0, 40)(rng); // in 40
        QByteArray data(length, ' ');
        for (char &c : data) {
            c = std::uniform_int_distribution<int>(0, 39)(rng) < plain
                    ? 'x'
                    : alphabet[std::uniform_int_distribution<int>(0, sizeof alphabet - 1)(rng)];
        }
        const int floor = std::uniform_int_distribution<int>(0, 4)(rng);
        const int depth = floor + std::uniform_int_distribution<int>(0, 3)(rng);
        const int maxDepth = depth + std::uniform_int_distribution<int>(0, 6)(rng);
        const qsizetype from = std::uniform_int_distribution<qsizetype>(0, length)(rng);
        const Skip expected = scalar(data, from, depth, floor, maxDepth);
        QCOMPARE(fast(data, from, depth, floor, maxDepth), expected);
        ++(expected.at < length ? stoppedEarly : reachedTheEnd);
    }
    QVERIFY(stoppedEarly > 1000);
    QVERIFY(reachedTheEnd > 1000);
}

void tst_JsonScan::skipNestedMatchesTheScalarScanOnRandomJson()
{
    // Entity-like texts: a JSON object read from just inside its '{' to its closing brace, and
    // the same cut short (strings left open, brackets not closed).
    std::mt19937 rng(16);
    int closed = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray value;
        while (!value.startsWith('{')) {
            value.clear();
            randomJson(rng, 0, 600, &value);
        }
        const QByteArray data = QByteArray(round % 64, ' ') + value + ",\n    {\"id\": 2}";
        const qsizetype from = round % 64 + 1;
        const int maxDepth = 3 + std::uniform_int_distribution<int>(0, 10)(rng);
        const Skip expected = scalar(data, from, 3, 3, maxDepth);
        QCOMPARE(fast(data, from, 3, 3, maxDepth), expected);
        if (expected.at == round % 64 + value.size() - 1)
            ++closed;
        const QByteArray cut
                = data.left(std::uniform_int_distribution<qsizetype>(from, data.size())(rng));
        QCOMPARE(fast(cut, from, 3, 3, maxDepth), scalar(cut, from, 3, 3, maxDepth));
    }
    QVERIFY(closed > 5000);
}

void tst_JsonScan::tooDeepAtMatchesTheScalarScan()
{
    // Random JSON: whole, cut short, and after stray closers.
    std::mt19937 rng(17);
    int deep = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray data;
        randomJson(rng, 0, 800, &data);
        if (round % 3 == 1)
            data = data.left(std::uniform_int_distribution<qsizetype>(0, data.size())(rng));
        if (round % 5 == 2)
            data.prepend(QByteArray(round % 7, ']') + QByteArray(round % 70, ' '));
        const int maxDepth = std::uniform_int_distribution<int>(0, 8)(rng);
        const qsizetype expected = tooDeepAtScalar(data, maxDepth);
        QCOMPARE(JsonGuard::tooDeepAt(data, maxDepth), expected);
        deep += expected >= 0;
    }
    QVERIFY(deep > 2000);
}

QTEST_GUILESS_MAIN(tst_JsonScan)
#include "tst_jsonscan.moc"
