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

    @Test func scoresSentenceBoundariesInsideParagraphs() throws {
        let gold = [["Tp. Huế có 1.099 hộ.", "Ông A đi."], ["Hết."]]
        var evaluation = SentenceEvaluation()
        // "Tp." is a wrong start; the start of the second paragraph is given, not scored.
        try evaluation.add(gold: gold, predicted: ["Tp.", "Huế có 1.099 hộ.", "Ông A đi.", "", "Hết."])
        #expect((evaluation.paragraphs, evaluation.goldCount, evaluation.predictedCount, evaluation.correct) == (2, 1, 2, 1))
        #expect(evaluation.precision == 0.5 && evaluation.recall == 1)
        #expect(evaluation.added == ["…Tp. ‖ Huế có 1.099 hộ.…"])
        // A sentence run over a paragraph's end (a tool reading one stream) misses nothing there.
        var stream = SentenceEvaluation()
        try stream.add(gold: gold, predicted: ["Tp. Huế có 1.099 hộ. Ông A đi. Hết."])
        #expect((stream.goldCount, stream.predictedCount, stream.correct) == (1, 0, 0))
        #expect(stream.missed == ["…Tp. Huế có 1.099 hộ. ‖ Ông A đi.…"])
        #expect(throws: SentenceEvaluation.MismatchedText.self) {
            try stream.add(gold: gold, predicted: ["Tp. Huế có 1.099 hộ. Ông A đi. Hết!!"])
        }
    }

    @Test func readsTreebankSentencesAndWritesThemBackAsText() {
        let conllu = "# sent_id = 1\n# text =Hùng nói : \" Tôi đi \" .\n# text_eng = x\n1\tHùng\n\n1\tb\n2\tc\n"
        #expect(SentenceEvaluation.goldSentences(conllu: conllu) == ["Hùng nói : \" Tôi đi \" .", "b c"])
        #expect(SentenceEvaluation.detokenized([
            "Hùng nói : \" Tôi bán 28 . 000 cái , 1 , 5 kg ! \" .", "\" Vì sao ( LBKT hỏi RBKT ) ?", "Anh \" Ba \" và \" Tư \" đến",
        ]) == ["Hùng nói: \"Tôi bán 28.000 cái, 1,5 kg!\".", "\"Vì sao ((hỏi))?", "Anh \"Ba\" và \"Tư\" đến"])
        #expect(SentenceEvaluation.paragraphs(of: ["a", "b", "c"], size: 2) == [["a", "b"], ["c"]])
    }

    @Test(.enabled(if: SharedData.url("data/ud-vtb/vi_vtb-ud-test.conllu") != nil, "UD-VTB data absent"))
    func udVietnameseVTBSentenceF1() throws {
        let conllu = try #require(SharedData.text("data/ud-vtb/vi_vtb-ud-test.conllu"))
        let sentences = SentenceEvaluation.detokenized(SentenceEvaluation.goldSentences(conllu: conllu))
        let paragraphs = SentenceEvaluation.paragraphs(of: sentences, size: 5)
        let splitter = SentenceSplitter()
        var evaluation = SentenceEvaluation()
        try evaluation.add(gold: paragraphs, predicted: paragraphs.flatMap { splitter.split($0.joined(separator: " ")) })
        #expect(evaluation.goldCount == 640)
        #expect(evaluation.f1 >= 0.99, "UD-VTB test sentence-boundary F1 \(evaluation.f1)")
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
