namespace CCHC.Etl.Tests.Templates;

/// <summary>The 22 targets of the real Phụ lục IX (seed 004), copied from the seed by script: (STT, text, result, verdict)
/// exactly as the document has them, "Không đạt" under the result column for seven targets included.</summary>
internal static class PhuLucIxSeed
{
    public static readonly (int Stt, string Text, string Result, string Verdict)[] Targets =
    [
        (1, "Hoàn thành việc đổi mới thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính theo hướng nâng cao chất lượng phục vụ, không theo địa giới hành chính, tăng cường ứng dụng công nghệ thông tin, giảm thời gian đi lại, chi phí xã hội và tạo thuận lợi cho người dân, doanh nghiệp", "", "Đạt"),
        (2, "Tối thiểu 80% hồ sơ giải quyết thủ tục hành chính được luân chuyển trong nội bộ giữa các cơ quan có thẩm quyền giải quyết hoặc các cơ quan có liên quan được thực hiện bằng phương thức điện tử", "", "Đạt"),
        (3, "Tối thiểu 80% thủ tục hành chính có yêu cầu nghĩa vụ tài chính, được triển khai thanh toán trực tuyến, trong số đó, tỷ lệ giao dịch thanh toán trực tuyến đạt từ 30% trở lên", "", "Đạt"),
        (4, "Năm 2021, số hóa kết quả giải quyết thủ tục hành chính đang còn hiệu lực và có giá trị sử dụng thuộc thẩm quyền giải quyết của cấp tỉnh, cấp huyện, cấp xã đạt tỷ lệ tối thiểu tương ứng là 30%, 20%, 15%; giai đoạn 2022 - 2025, mỗi năm tăng tối thiểu 20% đối với mỗi cấp hành chính cho đến khi đạt tỷ lệ 100% để đảm bảo việc kết nối, chia sẻ dữ liệu trong giải quyết thủ tục hành chính trên môi trường điện tử", "Không đạt", ""),
        (5, "Tối thiểu 80% thủ tục hành chính của các địa phương có đủ điều kiện, được cung cấp trực tuyến toàn trình hoặc một phần. Trong số đó, ít nhất 80% thủ tục hành chính được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia. Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ đạt tối thiểu 50%", "", "Đạt"),
        (6, "Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính đạt tối thiểu 90%. Trong đó, mức độ hài lòng về giải quyết các thủ tục hành chính lĩnh vực đất đai, xây dựng, đầu tư đạt tối thiểu 85%", "Không đạt", ""),
        (7, "90% thủ tục hành chính nội bộ giữa cơ quan hành chính nhà nước được công bố, công khai và cập nhật kịp thời", "", "Đạt"),
        (8, "80% người dân, doanh nghiệp khi thực hiện thủ tục hành chính không phải cung cấp lại các thông tin, giấy tờ, tài liệu đã được chấp nhận khi thực hiện thành công thủ tục hành chính trước đó, mà cơ quan nhà nước có thẩm quyền giải quyết thủ tục hành chính đang quản lý, hoặc thông tin, giấy tờ, tài liệu đã được cơ quan nhà nước kết nối, chia sẻ", "", "Đạt"),
        (9, "Hoàn thành việc sắp xếp thu gọn các đơn vị hành chính cấp huyện, xã và thôn, tổ dân phố theo tiêu chuẩn quy định", "", "Đạt"),
        (10, "Giảm tối thiểu bình quân cả nước 10% số lượng đơn vị sự nghiệp công lập và 10% biên chế sự nghiệp hưởng lương từ ngân sách nhà nước so với năm 2021", "", "Đạt"),
        (11, "Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt tối thiểu 90%. Mức độ hài lòng của người dân về cung cấp dịch vụ y tế, giáo dục công lập đạt tối thiểu 85%", "Không đạt", ""),
        (12, "Xây dựng được đội ngũ cán bộ, công chức, viên chức có cơ cấu hợp lý, đáp ứng tiêu chuẩn chức danh, vị trí việc làm và khung năng lực theo quy định", "", "Đạt"),
        (13, "Tiếp tục rà soát, hoàn thiện hệ thống pháp luật về đổi mới cơ chế quản lý, cơ chế tài chính đối với các cơ quan hành chính nhà nước, đơn vị sự nghiệp công lập. Đến năm 2025, có tối thiểu 20% đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên; 100% đơn vị sự nghiệp kinh tế và sự nghiệp khác, có đủ điều kiện, hoàn thành việc chuyển đổi thành công ty cổ phần hoặc chuyển sang tự bảo đảm chi thường xuyên và chi đầu tư", "", "Đạt"),
        (14, "100% cơ sở dữ liệu quốc gia tạo nền tảng phát triển Chính phủ điện tử được hoàn thành và kết nối, chia sẻ trên toàn quốc", "Không đạt", ""),
        (15, "100% Cổng Dịch vụ công, Hệ thống thông tin một cửa điện tử cấp tỉnh được kết nối, chia sẻ dữ liệu với Cổng Dịch vụ công quốc gia", "", "Đạt"),
        (16, "100% người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến được cấp định danh và xác thực điện tử thông suốt và hợp nhất trên tất cả các hệ thống tin của các cấp chính quyền từ Trung ương đến địa phương", "Không đạt", ""),
        (17, "80% các hệ thống thông tin của địa phương có liên quan đến người dân, doanh nghiệp đã đưa vào vận hành, khai thác được kết nối, liên thông qua Trục liên thông văn bản quốc gia và nền tảng tích hợp, chia sẻ dữ liệu; thông tin của người dân, doanh nghiệp đã được số hóa và lưu trữ tại các cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành, không phải cung cấp lại", "Không đạt", ""),
        (18, "100% hệ thống báo cáo của các bộ, ngành, địa phương được kết nối liên thông, chia sẻ dữ liệu với Hệ thống thông tin báo cáo quốc gia", "", "Đạt"),
        (19, "Triển khai nhân rộng Hệ thống thông tin phục vụ họp và xử lý công việc của Chính phủ đến UBND cấp tỉnh, cấp huyện: 100% cấp tỉnh, 80% cấp huyện thực hiện họp thông qua Hệ thống này đối với các cuộc họp của UBND", "", "Đạt"),
        (20, "90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước)", "", "Đạt"),
        (21, "50% hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý", "Không đạt", ""),
        (22, "100% bộ, ngành, địa phương hoàn thành việc xây dựng và đưa vào vận hành Phân hệ theo dõi nhiệm vụ Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, UBND và Chủ tịch UBND cấp tỉnh giao, bảo đảm hiện thị theo thời gian thực", "", "Đạt"),
    ];
}
