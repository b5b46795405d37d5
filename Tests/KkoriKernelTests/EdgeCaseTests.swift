import KkoriKernel
import Testing

@Suite("empty extents, thread limits and shape checks")
struct EdgeCaseTests {
    @Test("products with an empty inner axis are zero; empty outer axes give empty results")
    func emptyExtents() {
        #expect(Kernel.matmul(Tensor(zeros: [3, 0]), Tensor(zeros: [0, 2])) == Tensor(zeros: [3, 2]))
        #expect(Kernel.matmul(Tensor(zeros: [2, 0, 4]), Tensor(zeros: [2, 4, 5])).shape == [2, 0, 5])
        let bias = Tensor(shape: [2], data: [1, -1])
        #expect(Kernel.linear(Tensor(zeros: [3, 0]), weight: Tensor(zeros: [2, 0]), bias: bias).data == [1, -1, 1, -1, 1, -1])
        let conv = Kernel.conv2d(Tensor(zeros: [0, 2, 4, 4]), Tensor(zeros: [3, 2, 3, 3]), nil)
        #expect(conv.shape == [0, 3, 2, 2])
        #expect(Kernel.softmax(Tensor(zeros: [0, 5])).shape == [0, 5])
        #expect(Kernel.layerNorm(Tensor(zeros: [0, 4]), gamma: Tensor(zeros: [4]), beta: Tensor(zeros: [4])).shape == [0, 4])
    }

    @Test("every op gives the same result under a thread limit of one")
    func threadLimitOne() {
        var make = CaseMaker(seed: 61)
        let x = make.tensor([4, 6, 20, 19]), w = make.tensor([8, 6, 3, 3]), b = make.tensor([8])
        let rows = make.tensor([300, 257])
        let q = make.tensor([3, 4, 70, 16]), right = make.tensor([257, 130])
        let work: () -> [Tensor] = {
            [Kernel.conv2d(x, w, b, stride: 2, padding: 1), Kernel.softmax(rows), Kernel.maxPool2d(x),
             Kernel.layerNorm(rows, gamma: Tensor(repeating: 1, shape: [257]), beta: Tensor(zeros: [257])),
             Kernel.attention(q: q, k: q, v: q), Kernel.matmul(rows, Kernel.relu(right))]
        }
        let limited = Kernel.$threadLimit.withValue(1) { work() }
        let full = work()
        for (a, b) in zip(limited, full) {
            #expect(a.shape == b.shape)
            #expect(zip(a.data, b.data).allSatisfy { abs($0 - $1) <= 1e-6 * max(1, abs($1)) })
        }
    }

    @Test("the shape checks give the shapes the ops produce")
    func shapesAgreeWithOps() throws {
        var make = CaseMaker(seed: 62)
        let x = make.tensor([2, 3, 9, 7]), w = make.tensor([4, 3, 2, 3])
        #expect(try Kernel.Shapes.conv2d(x: x.shape, w: w.shape, bias: nil, stride: 2, padding: 1)
                == Kernel.conv2d(x, w, nil, stride: 2, padding: 1).shape)
        #expect(try Kernel.Shapes.maxPool2d(x: x.shape, kernel: 3, stride: 2) == Kernel.maxPool2d(x, kernel: 3, stride: 2).shape)
        let a = make.tensor([2, 1, 3, 4]), b = make.tensor([5, 4, 6])
        #expect(try Kernel.Shapes.matmul(a.shape, b.shape) == Kernel.matmul(a, b).shape)
        #expect(try Kernel.Shapes.linear(x: a.shape, weight: [7, 4], bias: nil)
                == Kernel.linear(a, weight: make.tensor([7, 4]), bias: nil).shape)
    }

    @Test("shape errors name the op and the shapes")
    func errorMessages() {
        do {
            _ = try Kernel.Shapes.conv2d(x: [1, 2, 5, 5], w: [3, 4, 3, 3], bias: nil, stride: 1, padding: 0)
            Issue.record("mismatched channels were accepted")
        } catch {
            #expect(error.op == "conv2d")
            #expect(error.description.contains("[1, 2, 5, 5]") && error.description.contains("[3, 4, 3, 3]"))
        }
    }

    @Test("tensor basics: strides, reshape, subscript")
    func tensorBasics() {
        var t = Tensor(shape: [2, 3, 4], data: (0..<24).map(Float.init))
        #expect(t.strides == [12, 4, 1])
        #expect(t[1, 2, 3] == 23)
        t[0, 1, 2] = -1
        #expect(t.data[6] == -1)
        #expect(t.reshaped([6, 4]).shape == [6, 4])
        #expect(Tensor(zeros: []).count == 1)
    }
}
