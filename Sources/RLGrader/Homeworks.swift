/// Every homework rlgrade knows, in course order.
public enum Homeworks {
    public static let all: [HomeworkDescriptor] = [.hw0, .hw1, .hw2, .hw3, .hw4, .hw5, .hw6]

    public static func named(_ id: String) -> HomeworkDescriptor? { all.first { $0.id == id } }
}
