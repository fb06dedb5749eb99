import Testing
import VietTestSupport
import VietTokenizer

@Suite struct EvaluationTests {
    @Test func scoresSpansAndErrors() {
        var evaluation = SegmentationEvaluation()
        let segmenter = Segmenter()
        evaluation.add(gold: ["Sở", "Thông tin", "và", "Truyền thông"], predicted: segmenter.segment("Sở Thông tin và Truyền thông"))
        #expect(evaluation.f1 == 1)
        evaluation.add(gold: ["học sinh", "viên"], predicted: Segmenter(lexicon: Lexicon()).segment("học sinh viên"))
        #expect(evaluation.goldCount == 6)
        #expect(evaluation.predictedCount == 7)
        #expect(evaluation.correct == 5)
        #expect(evaluation.mostFrequentErrors(1).first?.error == "học_sinh → học sinh")
    }

    @Test func scoresAnotherToolsWordsWithTheSameMetric() throws {
        var ours = SegmentationEvaluation()
        var theirs = SegmentationEvaluation()
        let gold = ["học sinh", "viên", "Hà Nội", "."]
        ours.add(gold: gold, predicted: Segmenter(lexicon: Lexicon()).segment("học sinh viên Hà Nội."))
        try theirs.add(gold: gold, predictedWords: ["học", "sinh", "viên", "Hà Nội", "."])
        #expect((theirs.goldCount, theirs.predictedCount, theirs.correct) == (ours.goldCount, ours.predictedCount, ours.correct))
        #expect(theirs.mostFrequentErrors(1).first?.error == "học_sinh → học sinh")
        // Spacing and respelt letters (tools normalise "qui" → "quy") do not matter; letter counts do.
        try theirs.add(gold: ["Sở", "qui hoạch"], predictedWords: ["Sở", "quy  hoạch"])
        #expect(theirs.correct == ours.correct + 2)
        #expect(throws: SegmentationEvaluation.MismatchedText.self) {
            try theirs.add(gold: ["Sở", "Thông tin"], predictedWords: ["Sở", "Thông", "tinh"])
        }
        #expect(theirs.sentences == 2)
    }

    @Test func readsCoNLLU() {
        let conllu = "# text = a\n1\tHà Nội\thà nội\tPROPN\n2-3\tx\n2\t.\t.\tPUNCT\n\n1\tb\tb\tX\n"
        #expect(SegmentationEvaluation.goldSentences(conllu: conllu) == [["Hà Nội", "."], ["b"]])
    }

    @Test(.enabled(if: SharedData.url("data/ud-vtb/vi_vtb-ud-test.conllu") != nil, "UD-VTB data absent"))
    func udVietnameseVTBTestF1() throws {
        let conllu = try #require(SharedData.text("data/ud-vtb/vi_vtb-ud-test.conllu"))
        var evaluation = SegmentationEvaluation()
        let segmenter = Segmenter()
        for gold in SegmentationEvaluation.goldSentences(conllu: conllu) {
            evaluation.add(gold: gold, predicted: segmenter.segment(gold.joined(separator: " ")))
        }
        #expect(evaluation.sentences == 800)
        #expect(evaluation.f1 >= 0.975, "UD-VTB test F1 \(evaluation.f1)")
    }
}
